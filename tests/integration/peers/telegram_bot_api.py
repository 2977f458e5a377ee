#!/usr/bin/python3
"""A stand-in for Telegram's Bot API server for Herald's tests (Python standard library only).

    telegram_bot_api.py TOKEN [BOT_USERNAME]

Listens on 127.0.0.1 on a free port, prints "ready PORT" on stdout once listening and nothing
else there, and serves until SIGTERM or SIGINT.

Bot API: /bot<TOKEN>/<method>, GET or POST, method names case-insensitive; parameters come from
the query string and from an application/x-www-form-urlencoded, application/json (non-string
JSON values become their JSON text, as the real server does: null is "null") or
multipart/form-data body. Answers are {"ok":true,"result":...} or
{"ok":false,"error_code":N,"description":"..."} with HTTP status N (429 adds
"parameters":{"retry_after":N} and a Retry-After header).
  getMe, sendMessage, sendPhoto, getUpdates, setWebhook (stored, nothing is delivered),
  deleteWebhook, getWebhookInfo.
  Not /bot...: 404 "Not Found". A token other than TOKEN: 401 "Unauthorized" when it has the form
  <digits>:<text>, 404 "Not Found" otherwise (api.telegram.org answers malformed tokens so).
  An unknown method: 404 "Not Found".
sendMessage checks in the official server's order: text empty -> "message text is empty",
  over 32768 bytes -> "text is too long", bad parse_mode -> "unsupported parse_mode", HTML
  errors -> "can't parse entities: ...", chat_id empty -> "chat_id is empty", chat unknown (or
  an @username, which reaches only bots and public chats) -> "chat not found", nothing left
  after parsing -> "message must be non-empty", over 4096 UTF-16 units -> "message is too long",
  blocked -> 403 "Forbidden: bot was blocked by the user", then the flood limits -> 429.
  parse_mode "HTML" is parsed as TDLib does (Telegram's subset: b strong i em u ins s strike del
  tg-spoiler span class="tg-spoiler" a href tg-emoji emoji-id code class="language-x" pre
  blockquote expandable, with TDLib's error texts); the Message returned carries the parsed text
  and its entities. parse_mode "MarkdownV2" or "Markdown" is accepted but the text is taken as
  plain text: its markup characters stay and it has no entities. No parse_mode (or "none") is
  plain text too; any other -> "unsupported parse_mode". Leading and trailing white space is
  trimmed as Telegram does. Links, mentions and commands are not auto-detected.
  Strictness beyond Telegram's: in HTML an "&" that starts no supported entity (&lt; &gt; &amp;
  &quot; &#N; &#xN;) is refused with "can't parse entities: Character '&' at byte offset N is not
  part of a supported HTML entity" (Telegram keeps it as text); POST /control/html
  {"strict_ampersand": false} gives Telegram's leniency.
sendPhoto: photo is an http(s) URL (not fetched), a file_id this peer issued, attach://<field>
  or an uploaded file (JPEG, PNG, GIF or WebP, else "IMAGE_PROCESS_FAILED"); no photo ->
  "there is no photo in the request", another string -> "wrong file identifier/HTTP URL
  specified"; caption (parse_mode as for sendMessage) over 1024 UTF-16 units -> "message caption
  is too long".
getUpdates: offset confirms (drops) updates below it, a negative offset keeps the last -offset;
  limit 1..100 (default 100); timeout 0..50 s long-polls; allowed_updates (JSON array) filters
  updates queued afterwards. A newer waiting getUpdates ends the older waiting one with 409
  "Conflict: terminated by other getUpdates request; make sure that only one bot instance is
  running", as Telegram does; with a webhook set: 409 "Conflict: can't use getUpdates method
  while webhook is active; use deleteWebhook to delete the webhook first".
Flood limits (sliding one-second windows over accepted sends): more than "per_chat" (default 1)
  to one chat or "overall" (default 30) in all -> 429 "Too Many Requests: retry after N".

Control API (JSON in and out):
  POST /control/chats {"id", "first_name", "last_name", "username", "language_code"}: a private
       chat whose user pressed Start; the bot may write to it. {"chats": [...]}: many at once.
  POST /control/block {"chat_id"} / POST /control/unblock {"chat_id"}: the user (un)blocked the bot;
       a chat the bot had gets a my_chat_member update ("kicked", then "member").
  POST /control/message {"chat_id", "text", "first_name", ...}: the user writes (creating the
       chat if needed, unblocking the bot); queues an Update (a leading /command gets its
       bot_command entity), wakes a waiting getUpdates; answers {"update_id", "message_id"}.
  GET  /control/sent: accepted sends in order, {"method", "chat_id", "message_id", "text" (as
       sent), "parse_mode", "photo", "caption", "upload", "params", "at" (time.time())}.
  GET  /control/stats: {"requests": {method: n}, "errors": {"<HTTP status>": n}}.
  POST /control/limits {"overall": 30, "per_chat": 1}: 0 disables a limit.
  POST /control/fail {"method", "code", "retry_after", "times", "description"}: the next "times"
       (default 1) calls of the method fail: 429 with retry_after, 500 "Internal Server Error",
       502/503/504 as an HTML gateway page, any other code with "description".
  POST /control/html {"strict_ampersand": true|false}
  POST /control/reset: forgets sent requests, stats, updates, flood history and pending failures
       (chats, blocks and limits stay).
"""
import json
import math
import random
import re
import string
import sys
import threading
import time
import urllib.parse
from email.message import Message as _HeaderMessage
from email.utils import collapse_rfc2231_value

from peerhttp import JsonHandler, serve

TOKEN = sys.argv[1] if len(sys.argv) > 1 else ""
BOT_USERNAME = sys.argv[2] if len(sys.argv) > 2 else "HeraldTestBot"
if not TOKEN:
    sys.exit("usage: telegram_bot_api.py TOKEN [BOT_USERNAME]")

_token_id = TOKEN.split(":", 1)[0]
BOT_ID = int(_token_id) if _token_id.isdigit() and 0 < int(_token_id) < 1 << 54 else 7000000001

LONG_POLL_MAX_TIMEOUT = 50
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
BLOCKED = "Forbidden: bot was blocked by the user"
CONFLICT_OTHER_POLL = ("Conflict: terminated by other getUpdates request; make sure that only one bot "
                       "instance is running")
CONFLICT_WEBHOOK = ("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
                    "delete the webhook first")


class ApiError(Exception):
    def __init__(self, code, description, retry_after=0):
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


def too_many_requests(seconds):
    return ApiError(429, f"Too Many Requests: retry after {seconds}", seconds)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# HTML, as TDLib's parse_html (td/telegram/MessageEntity.cpp) reads it: on UTF-8 bytes so that
# offsets in errors are the byte offsets Telegram reports, counting entity offsets in UTF-16 code
# units. The bytes get NUL padding: reading past the end gives 0, as TDLib reads its terminator.

def _is_space(c):
    return c in (0x20, 0x09, 0x0D, 0x0A, 0x00, 0x0B)


def _is_alpha(c):
    return 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A


def _is_digit(c):
    return 0x30 <= c <= 0x39


def _is_hex_digit(c):
    return _is_digit(c) or 0x41 <= c <= 0x46 or 0x61 <= c <= 0x66


def _skip_spaces(b, i):
    while b[i] != 0 and _is_space(b[i]):
        i += 1
    return i


def _utf16_units(first_byte):
    """UTF-16 units added by a character starting with this byte (0 for continuation bytes)."""
    if first_byte & 0xC0 == 0x80:
        return 0
    return 2 if first_byte >= 0xF0 else 1


def utf16_length(text):
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _checked_link(url):
    """A simplified LinkManager::get_checked_link: a usable URL or "" (the entity is dropped)."""
    url = url.strip()
    if not url or any(c.isspace() for c in url):
        return ""
    lowered = url.lower()
    if lowered.startswith("tg://"):
        return url
    if "://" not in url:
        url = "http://" + url
    elif not lowered.startswith(("http://", "https://", "ton://")):
        return ""
    parts = urllib.parse.urlsplit(url)
    if not parts.netloc or "." not in parts.netloc and parts.netloc.split(":")[0] != "localhost":
        return ""
    if not parts.path:
        url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/", parts.query, parts.fragment))
    return url


def _html_entity(b, pos, out):
    """Decodes a supported entity (&lt; &gt; &amp; &quot; &#N; &#xN;) at b[pos] into out as UTF-8:
    (its code point, the position after it), or (0, pos) when none starts there."""
    if b[pos] != 0x26:  # '&'
        return 0, pos
    end = pos + 1
    code = 0
    if b[end] == 0x23:  # '#'
        end += 1
        hexadecimal = b[end] == 0x78  # 'x'
        end += hexadecimal
        while (_is_hex_digit if hexadecimal else _is_digit)(b[end]):
            code = code * (16 if hexadecimal else 10) + int(chr(b[end]), 16)
            end += 1
        if code == 0 or code >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while _is_alpha(b[end]):
            end += 1
        code = {b"lt": 0x3C, b"gt": 0x3E, b"amp": 0x26, b"quot": 0x22}.get(b[pos + 1:end], 0)
        if not code:
            return 0, pos
    if b[end] == 0x3B:  # ';'
        end += 1
    out += chr(code).encode("utf-8", "surrogatepass")
    return code, end


HTML_TAGS = {"a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji",
             "span", "pre", "code", "blockquote"}
SIMPLE_TAG_TYPES = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "s": "strikethrough",
                    "strike": "strikethrough", "del": "strikethrough", "u": "underline", "ins": "underline",
                    "tg-spoiler": "spoiler", "span": "spoiler"}


def _attribute_value(b, i):
    """(value, position after it) of the attribute value (a name token or a quoted string) at b[i]."""
    if b[i] not in (0x27, 0x22):  # a name token
        begin = i
        while _is_alpha(b[i]) or _is_digit(b[i]) or b[i] in (0x2E, 0x2D):
            i += 1
        if not _is_space(b[i]) and b[i] != 0x3E:
            raise ParseError(f"Unexpected end of name token at byte offset {begin}")
        return b[begin:i].decode("ascii").lower(), i
    quote = b[i]
    i += 1
    raw = bytearray()
    while b[i] not in (quote, 0):
        code, i = _html_entity(b, i, raw)
        if not code:
            raw.append(b[i])
            i += 1
    return raw.decode("utf-8", "replace"), i + (b[i] == quote)


def _tag_argument(tag, attribute, value, argument):
    """The tag's argument after this attribute (value None: an attribute without a value)."""
    if tag == "blockquote" and attribute == b"expandable":
        return "1"
    if value is None:
        return argument
    if tag == "a" and attribute == b"href" or tag == "tg-emoji" and attribute == b"emoji-id":
        return value
    if tag == "code" and attribute == b"class" and value.startswith("language-"):
        return value[9:]
    if tag == "span" and attribute == b"class" and value.startswith("tg-"):
        return value[3:]
    return argument


def _start_tag(b, begin):
    """(tag name, argument, position after its '>') of the start tag at b[begin]."""
    i = begin + 1
    while not _is_space(b[i]) and b[i] != 0x3E:
        i += 1
    if b[i] == 0:
        raise ParseError(f"Unclosed start tag at byte offset {begin}")
    tag = b[begin + 1:i].decode("utf-8", "replace").lower()
    if tag not in HTML_TAGS:
        raise ParseError(f'Unsupported start tag "{tag}" at byte offset {begin}')
    argument = ""
    while b[i] != 0x3E:
        i = _skip_spaces(b, i)
        if b[i] == 0x3E:
            break
        attribute_begin = i
        while not _is_space(b[i]) and b[i] not in b"=>/\"'":
            i += 1
        attribute = b[attribute_begin:i]
        if not attribute:
            raise ParseError(f'Empty attribute name in the tag "{tag}" at byte offset {begin}')
        i = _skip_spaces(b, i)
        has_value = b[i] == 0x3D  # '='
        if has_value:
            i = _skip_spaces(b, i + 1)
        if b[i] == 0:
            raise ParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
        value = None
        if has_value:
            value, i = _attribute_value(b, i)
            if b[i] == 0:
                raise ParseError(f"Unclosed start tag at byte offset {begin}")
        argument = _tag_argument(tag, attribute, value, argument)
    if tag == "span" and argument != "spoiler":
        raise ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
    return tag, argument, i + 1


def _tag_entity(tag, argument, offset, length, inner, entities):
    """The entity a closed, non-empty tag makes; None when it makes none or completes the last one (a
    <pre> around a <code class="language-x">, or a <code class="language-x"> in a <pre>)."""
    entity = {"offset": offset, "length": length}
    last = entities[-1] if entities else {}
    same_span = last.get("offset") == offset and last.get("length") == length
    if tag in SIMPLE_TAG_TYPES:
        return dict(entity, type=SIMPLE_TAG_TYPES[tag])
    if tag == "blockquote":
        return dict(entity, type="expandable_blockquote" if argument else "blockquote")
    if tag == "tg-emoji":
        if not re.fullmatch(r"[+-]?\d+", argument or "") or not 0 < abs(int(argument)) < 1 << 63:
            raise ParseError("Invalid custom emoji identifier specified")
        return dict(entity, type="custom_emoji", custom_emoji_id=str(int(argument)))
    if tag == "a":
        url = _checked_link(argument or inner.decode("utf-8", "surrogatepass"))
        return dict(entity, type="text_link", url=url) if url else None
    if tag == "pre":
        if same_span and last["type"] == "code" and last.get("_language"):
            last["type"] = "pre"
            last["language"] = last.pop("_language")
            return None
        return dict(entity, type="pre")
    if same_span and last["type"] == "pre" and argument and "language" not in last:  # code
        last["language"] = argument
        return None
    return dict(entity, type="code", **({"_language": argument} if argument else {}))


def parse_html(source, strict_ampersand):
    """(text, entities) of Telegram's HTML, or raises ParseError with TDLib's description."""
    b = source.encode("utf-8", "surrogatepass")
    n = len(b)
    b += b"\0\0\0"
    result = bytearray()
    entities = []
    nested = []  # (tag name, argument, utf16 offset, result byte position)
    utf16_offset = 0
    recheck = False
    i = 0
    while i < n:
        c = b[i]
        code, end = _html_entity(b, i, result)
        if code:
            utf16_offset += 2 if code > 0xFFFF else 1
            recheck = recheck or 0xD800 <= code <= 0xDFFF
            i = end
        elif c == 0x26 and strict_ampersand:
            raise ParseError(f"Character '&' at byte offset {i} is not part of a supported HTML entity")
        elif c != 0x3C:  # not '<'
            utf16_offset += _utf16_units(c)
            result.append(c)
            i += 1
        elif b[i + 1] != 0x2F:  # a start tag
            tag, argument, i = _start_tag(b, i)
            nested.append((tag, argument, utf16_offset, len(result)))
        else:  # an end tag
            begin = i
            if not nested:
                raise ParseError(f"Unexpected end tag at byte offset {begin}")
            while not _is_space(b[i]) and b[i] != 0x3E:
                i += 1
            end_tag = b[begin + 2:i].decode("utf-8", "replace").lower()
            i = _skip_spaces(b, i)
            if b[i] != 0x3E:
                raise ParseError(f"Unclosed end tag at byte offset {begin}")
            tag, argument, offset, result_begin = nested.pop()
            if end_tag and end_tag != tag:
                raise ParseError(f'Unmatched end tag at byte offset {begin}, expected "</{tag}>", '
                                 f'found "</{end_tag}>"')
            if utf16_offset > offset:
                entity = _tag_entity(tag, argument, offset, utf16_offset - offset, result[result_begin:], entities)
                if entity:
                    entities.append(entity)
            i += 1  # past '>'
    if nested:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{nested[-1][0]}"')
    for entity in entities:
        entity.pop("_language", None)
    text = result.decode("utf-8", "surrogatepass")
    if recheck:
        try:
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
        except UnicodeDecodeError:
            raise ParseError("Text contains invalid Unicode characters after decoding HTML entities, check for "
                             "unmatched surrogate code units")
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return text, entities


def trim_formatted(text, entities):
    """Drops leading and trailing white space as Telegram does, moving the entities along."""
    stripped_left = text.lstrip(" \t\r\n")
    removed = utf16_length(text[:len(text) - len(stripped_left)])
    stripped = stripped_left.rstrip(" \t\r\n")
    length = utf16_length(stripped)
    kept = []
    for entity in entities:
        begin = max(entity["offset"] - removed, 0)
        end = min(entity["offset"] + entity["length"] - removed, length)
        if end > begin:
            kept.append(dict(entity, offset=begin, length=end - begin))
    return stripped, kept


def format_text(text, parse_mode, strict_ampersand):
    """(parsed text, entities) or raises ApiError like the Bot API does. Markdown is plain text here."""
    if len(text.encode("utf-8", "surrogatepass")) > 1 << 15:
        raise ApiError(400, "Bad Request: text is too long")
    mode = parse_mode.strip().lower()
    if not text or mode in ("", "none", "markdownv2", "markdown"):
        return text, []
    if mode != "html":
        raise ApiError(400, "Bad Request: unsupported parse_mode")
    try:
        return parse_html(text, strict_ampersand)
    except ParseError as error:
        raise ApiError(400, f"Bad Request: can't parse entities: {error}")


def formatted(text, args):
    """format_text for sendMessage's text or sendPhoto's caption, trimmed."""
    return trim_formatted(*format_text(text, args.get("parse_mode", ""), STATE.strict_ampersand))


def text_fields(key, text, entities_key, entities):
    """A Message's text and entities fields (caption and caption_entities for a photo)."""
    fields = {key: text} if text else {}
    if entities:
        fields[entities_key] = entities
    return fields


# ---------------------------------------------------------------------------------------------
# Images

def _uint(data, begin, end, byteorder="little"):
    return int.from_bytes(data[begin:end], byteorder)


def image_size(data):
    """(width, height) of a JPEG, PNG, GIF or WebP image, or None when it is none of them."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        return _uint(data, 16, 20, "big"), _uint(data, 20, 24, "big")
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return _uint(data, 6, 8), _uint(data, 8, 10)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        chunk = data[12:16]
        if chunk == b"VP8X" and len(data) >= 30:
            return _uint(data, 24, 27) + 1, _uint(data, 27, 30) + 1
        if chunk == b"VP8 " and len(data) >= 30:
            return _uint(data, 26, 28) & 0x3FFF, _uint(data, 28, 30) & 0x3FFF
        if chunk == b"VP8L" and len(data) >= 25:
            bits = _uint(data, 21, 25)
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        return 512, 512
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
                i += 1 if marker == 0xFF else 2
                continue
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                return _uint(data, i + 7, i + 9, "big"), _uint(data, i + 5, i + 7, "big")
            i += 2 + _uint(data, i + 2, i + 4, "big")
        return 800, 600
    return None


def random_file_id(prefix):
    alphabet = string.ascii_letters + string.digits + "-_"
    return prefix + "".join(random.choice(alphabet) for _ in range(60))


def photo_sizes(width, height, total_size):
    """PhotoSize array like Telegram's thumbnails: boxes of 90, 320, 800, 1280 and 2560 pixels."""
    sizes = []
    longest = max(width, height, 1)
    for box in (90, 320, 800, 1280, 2560):
        scale = min(1.0, box / longest)
        w, h = max(1, round(width * scale)), max(1, round(height * scale))
        sizes.append({"file_id": random_file_id("AgACAgIAAxkBAAI"), "file_unique_id": random_file_id("AQAD")[:16],
                      "file_size": max(1, int(total_size * (w * h) / max(1, width * height))),
                      "width": w, "height": h})
        if scale == 1.0:
            break
    return sizes


# ---------------------------------------------------------------------------------------------
# State

class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.chats = {}              # id -> {"id", "first_name", ...}
        self.blocked = set()
        self.next_message_id = {}    # chat id -> next message_id
        self.updates = []            # pending Update objects
        self.next_update_id = random.randint(100000000, 900000000)
        self.allowed_updates = None  # None: all
        self.webhook_url = ""
        self.current_poll = None     # the waiting getUpdates, {"abort": None | "" | description}
        self.closing = False
        self.sent = []
        self.requests = {}
        self.errors = {}
        self.limits = {"overall": 30, "per_chat": 1}
        self.overall_window = []
        self.chat_windows = {}
        self.failures = {}           # lowercased method -> {"code", "retry_after", "times", "description"}
        self.strict_ampersand = True
        self.photos = {}             # file_id -> PhotoSize array

    def take_message_id(self, chat_id):
        message_id = self.next_message_id.get(chat_id, 1)
        self.next_message_id[chat_id] = message_id + 1
        return message_id


STATE = State()


def count(table, key):
    with STATE.lock:
        table[key] = table.get(key, 0) + 1


def bot_user():
    return {"id": BOT_ID, "is_bot": True, "first_name": "Herald Test Bot", "username": BOT_USERNAME}


def _person(result, chat, keys):
    result.update((key, chat[key]) for key in keys if chat.get(key))
    return result


def chat_object(chat):
    person = _person({"id": chat["id"], "first_name": chat.get("first_name") or ""}, chat, ("last_name", "username"))
    return dict(person, type="private")


def user_object(chat):
    return _person({"id": chat["id"], "is_bot": False, "first_name": chat.get("first_name") or ""}, chat,
                   ("last_name", "username", "language_code"))


def message_base(chat, sender):
    return {"message_id": STATE.take_message_id(chat["id"]), "from": sender, "chat": chat_object(chat),
            "date": int(time.time())}


def to_bool(value):
    return value.strip().lower() in ("true", "yes", "1")


def to_integer(value):
    match = re.match(r"\s*([+-]?\d+)", value or "")
    return int(match.group(1)) if match else 0


def int_arg(args, name, default, low=None, high=None):
    """An integer parameter; default when absent or empty, clamped to low..high when given."""
    if not args.get(name):
        return default
    value = to_integer(args[name])
    return value if low is None else min(max(value, low), high)


def _window_wait(window, limit, now):
    """Drops sends older than a second from window; how long until one more fits under limit."""
    window[:] = [t for t in window if t > now - 1.0]
    return window[len(window) - limit] + 1.0 - now if len(window) >= limit else 0


def flood_check(chat_id, now):
    """Raises 429 when sending now would break a limit; does not record the send."""
    retry = 0
    if STATE.limits.get("per_chat", 0) > 0:
        retry = _window_wait(STATE.chat_windows.setdefault(chat_id, []), STATE.limits["per_chat"], now)
    if STATE.limits.get("overall", 0) > 0:
        retry = max(retry, _window_wait(STATE.overall_window, STATE.limits["overall"], now))
    if retry > 0:
        raise too_many_requests(max(1, math.ceil(retry)))


def resolve_chat(args):
    chat_id = args.get("chat_id", "")
    if not chat_id:
        raise ApiError(400, "Bad Request: chat_id is empty")
    chat = None if chat_id.startswith("@") else STATE.chats.get(to_integer(chat_id))
    if chat is None:
        raise ApiError(400, "Bad Request: chat not found")
    return chat


def check_can_send(chat):
    if chat["id"] in STATE.blocked:
        raise ApiError(403, BLOCKED)
    flood_check(chat["id"], time.time())


def record_send(method, chat, args, content, text=None, caption=None, photo=None, upload=None):
    """The bot's Message with content, counted in the flood windows and listed in /control/sent."""
    message = dict(message_base(chat, bot_user()), **content)
    now = time.time()
    STATE.overall_window.append(now)
    STATE.chat_windows.setdefault(chat["id"], []).append(now)
    STATE.sent.append({"method": method, "chat_id": chat["id"], "message_id": message["message_id"],
                       "text": text, "parse_mode": args.get("parse_mode"), "photo": photo, "caption": caption,
                       "upload": upload, "params": dict(args), "at": now})
    return message


def link_preview(args):
    """The Message's link_preview_options, or None."""
    preview = args.get("link_preview_options")
    if not preview:
        return {"is_disabled": True} if to_bool(args.get("disable_web_page_preview", "")) else None
    try:
        parsed = json.loads(preview)
    except ValueError:
        raise ApiError(400, "Bad Request: can't parse link preview options JSON object")
    return parsed if isinstance(parsed, dict) and parsed else None


def do_send_message(args, files):
    text_arg = args.get("text", "")
    if not text_arg:
        raise ApiError(400, "Bad Request: message text is empty")
    text, entities = formatted(text_arg, args)
    with STATE.lock:
        chat = resolve_chat(args)
        if not text:
            raise ApiError(400, "Bad Request: message must be non-empty")
        if utf16_length(text) > MAX_TEXT_LENGTH:
            raise ApiError(400, "Bad Request: message is too long")
        check_can_send(chat)
        content = text_fields("text", text, "entities", entities)
        preview = link_preview(args)
        if preview:
            content["link_preview_options"] = preview
        return record_send("sendMessage", chat, args, content, text=text_arg)


def photo_for(photo_arg, upload):
    """The PhotoSize array of an upload, an http(s) URL or a file_id this peer issued."""
    if upload is not None:
        size = image_size(upload["data"])
        if size is None:
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        return photo_sizes(size[0], size[1], len(upload["data"]))
    if re.match(r"(?i)https?://[^\s/]+", photo_arg):
        return photo_sizes(800, 600, 65536)
    if photo_arg in STATE.photos:
        return STATE.photos[photo_arg]
    raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")


def do_send_photo(args, files):
    photo_arg = args.get("photo", "")
    field = photo_arg[len("attach://"):] if photo_arg.startswith("attach://") else None if photo_arg else "photo"
    upload = None if field is None else files.get(field)
    if field is not None and upload is None:
        raise ApiError(400, "Bad Request: there is no photo in the request")
    caption_arg = args.get("caption", "")
    caption, caption_entities = formatted(caption_arg, args)
    with STATE.lock:
        chat = resolve_chat(args)
        if utf16_length(caption) > MAX_CAPTION_LENGTH:
            raise ApiError(400, "Bad Request: message caption is too long")
        sizes = photo_for(photo_arg, upload)
        check_can_send(chat)
        for size_info in sizes:
            STATE.photos[size_info["file_id"]] = sizes
        upload_info = None
        if upload is not None:
            upload_info = {"field": upload["field"], "filename": upload["filename"],
                           "content_type": upload["content_type"], "size": len(upload["data"])}
        content = dict({"photo": sizes}, **text_fields("caption", caption, "caption_entities", caption_entities))
        return record_send("sendPhoto", chat, args, content, caption=caption_arg or None,
                           photo=photo_arg if upload is None else sizes[-1]["file_id"], upload=upload_info)


def abort_poll(reason):
    """Ends a waiting getUpdates: with 409 and this description, or with [] when reason is ""."""
    if STATE.current_poll is not None:
        STATE.current_poll["abort"] = reason
        STATE.current_poll = None
    STATE.cond.notify_all()


def do_get_updates(args, files):
    offset = int_arg(args, "offset", 0)
    limit = int_arg(args, "limit", 100, 1, 100)
    timeout = int_arg(args, "timeout", 0, 0, LONG_POLL_MAX_TIMEOUT)
    allowed = args.get("allowed_updates")
    with STATE.cond:
        if STATE.webhook_url:
            raise ApiError(409, CONFLICT_WEBHOOK)
        if allowed:
            try:
                parsed = json.loads(allowed)
                if isinstance(parsed, list):
                    STATE.allowed_updates = set(str(x) for x in parsed) or None
            except ValueError:
                pass
        if offset < 0:
            STATE.updates = STATE.updates[offset:]
            offset = 0
        deadline = time.monotonic() + timeout
        poll = None
        try:
            while True:
                if offset > 0:
                    STATE.updates = [u for u in STATE.updates if u["update_id"] >= offset]
                if STATE.updates or timeout == 0:
                    return STATE.updates[:limit]
                if poll is None:
                    abort_poll(CONFLICT_OTHER_POLL)  # the older waiting getUpdates ends with 409
                    poll = {"abort": None}
                    STATE.current_poll = poll
                elif poll["abort"] is not None:
                    if poll["abort"]:
                        raise ApiError(409, poll["abort"])
                    return []
                remaining = deadline - time.monotonic()
                if remaining <= 0 or STATE.closing:
                    return []
                STATE.cond.wait(remaining)
        finally:
            if poll is not None and STATE.current_poll is poll:
                STATE.current_poll = None


def do_get_me(args, files):
    return dict(bot_user(), can_join_groups=True, can_read_all_group_messages=False,
                supports_inline_queries=False, can_connect_to_business=False, has_main_web_app=False)


def store_webhook(url, args):
    """Sets the webhook URL ("" for none), dropping pending updates when asked; the URL it had."""
    was = STATE.webhook_url
    STATE.webhook_url = url
    if to_bool(args.get("drop_pending_updates", "")):
        STATE.updates = []
    return was


def do_set_webhook(args, files):
    url = args.get("url", "")
    with STATE.cond:
        if url == STATE.webhook_url:
            return True, ("Webhook is already deleted" if not url else "Webhook is already set")
        if url and not re.match(r"(?i)https://", url):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        store_webhook(url, args)
        if url:
            abort_poll("Conflict: terminated by setWebhook request")
        return True, ("Webhook was set" if url else "Webhook was deleted")


def do_delete_webhook(args, files):
    with STATE.cond:
        return True, ("Webhook was deleted" if store_webhook("", args) else "Webhook is already deleted")


def do_get_webhook_info(args, files):
    with STATE.lock:
        info = {"url": STATE.webhook_url, "has_custom_certificate": False,
                "pending_update_count": len(STATE.updates)}
        if STATE.webhook_url:
            info["max_connections"] = 40
            info["ip_address"] = "127.0.0.1"
        return info


HANDLERS = {name.lower(): (name, handler) for name, handler in (
    ("getMe", do_get_me), ("sendMessage", do_send_message), ("sendPhoto", do_send_photo),
    ("getUpdates", do_get_updates), ("setWebhook", do_set_webhook), ("deleteWebhook", do_delete_webhook),
    ("getWebhookInfo", do_get_webhook_info))}


# ---------------------------------------------------------------------------------------------
# Control API

def int_field(body, key, alternative):
    try:
        return int(body.get(key, body.get(alternative)))
    except (TypeError, ValueError):
        raise ValueError(f"an integer \"{key}\" is required")


def ensure_chat(body):
    chat_id = int_field(body, "id", "chat_id")
    chat = STATE.chats.setdefault(chat_id, {"id": chat_id, "first_name": ""})
    for key in ("first_name", "last_name", "username", "language_code"):
        if body.get(key) is not None:
            chat[key] = str(body[key])
    if not chat["first_name"]:
        chat["first_name"] = "User"
    return chat


def control_chats(body):
    with STATE.lock:
        if isinstance(body.get("chats"), list):
            return {"ok": True, "chats": [chat_object(ensure_chat(c)) for c in body["chats"]]}
        return {"ok": True, "chat": chat_object(ensure_chat(body))}


def control_block(body, blocked):
    with STATE.cond:
        chat_id = int_field(body, "chat_id", "id")
        was = chat_id in STATE.blocked
        if blocked:
            STATE.blocked.add(chat_id)
        else:
            STATE.blocked.discard(chat_id)
        # Telegram tells the bot: a my_chat_member update, "kicked" on a block, "member" again
        # on an unblock (for a chat the bot had).
        if was != blocked and chat_id in STATE.chats and (
                STATE.allowed_updates is None or "my_chat_member" in STATE.allowed_updates):
            chat = STATE.chats[chat_id]
            old, new = ("member", "kicked") if blocked else ("kicked", "member")
            member = {"chat": chat_object(chat), "from": user_object(chat), "date": int(time.time()),
                      "old_chat_member": {"user": bot_user(), "status": old},
                      "new_chat_member": dict({"user": bot_user(), "status": new}, **({"until_date": 0} if blocked else {}))}
            STATE.updates.append({"update_id": STATE.next_update_id, "my_chat_member": member})
            STATE.next_update_id += 1
            STATE.cond.notify_all()
        return {"ok": True}


def control_message(body):
    with STATE.cond:
        chat = ensure_chat(dict(body, id=body.get("chat_id", body.get("id"))))
        STATE.blocked.discard(chat["id"])  # a user who writes to the bot has unblocked it
        text = str(body.get("text", ""))
        message = dict(message_base(chat, user_object(chat)), text=text)
        command = re.match(r"/[A-Za-z0-9_]{1,64}(@[A-Za-z0-9_]{3,32})?", text)
        if command:
            message["entities"] = [{"offset": 0, "length": utf16_length(command.group(0)), "type": "bot_command"}]
        update_id = STATE.next_update_id
        STATE.next_update_id += 1
        if STATE.allowed_updates is None or "message" in STATE.allowed_updates:
            STATE.updates.append({"update_id": update_id, "message": message})
            STATE.cond.notify_all()
        return {"update_id": update_id, "message_id": message["message_id"]}


def control_limits(body):
    with STATE.lock:
        for key in ("overall", "per_chat"):
            if key in body:
                STATE.limits[key] = max(0, int(body[key]))
        return dict(STATE.limits)


def control_fail(body):
    with STATE.lock:
        method = str(body.get("method", "")).lower()
        if not method:
            raise ValueError("\"method\" is required")
        times = int(body.get("times", 1))
        if times > 0:
            STATE.failures[method] = {"code": int(body.get("code", 500)),
                                      "retry_after": max(1, int(body.get("retry_after", 1))),
                                      "times": times, "description": body.get("description")}
        else:
            STATE.failures.pop(method, None)
        return {"ok": True}


def control_html(body):
    with STATE.lock:
        if "strict_ampersand" in body:
            STATE.strict_ampersand = bool(body["strict_ampersand"])
        return {"strict_ampersand": STATE.strict_ampersand}


def control_reset(body):
    with STATE.cond:
        for table in (STATE.sent, STATE.requests, STATE.errors, STATE.updates, STATE.overall_window,
                      STATE.chat_windows, STATE.failures):
            table.clear()
        abort_poll("")
        return {"ok": True}


CONTROL_ACTIONS = {"chats": control_chats, "block": lambda body: control_block(body, True),
                   "unblock": lambda body: control_block(body, False), "message": control_message,
                   "limits": control_limits, "fail": control_fail, "html": control_html, "reset": control_reset}


def take_failure(key):
    """The failure /control/fail set for the method, used up by this call; None when there is none."""
    with STATE.lock:
        failure = STATE.failures.get(key)
        if failure:
            failure["times"] -= 1
            if failure["times"] <= 0:
                del STATE.failures[key]
        return failure


# ---------------------------------------------------------------------------------------------
# HTTP

def parse_multipart(content_type, body):
    header = _HeaderMessage()
    header["content-type"] = content_type
    boundary = header.get_param("boundary")
    fields, files = {}, {}
    if not boundary:
        return fields, files
    for part in body.split(b"--" + boundary.encode("latin-1"))[1:]:
        if part.startswith(b"--"):
            break
        part = part[2:] if part.startswith(b"\r\n") else part[1:] if part.startswith(b"\n") else part
        head, separator, data = part.partition(b"\r\n\r\n")
        if not separator:
            head, separator, data = part.partition(b"\n\n")
        data = data[:-2] if data.endswith(b"\r\n") else data[:-1] if data.endswith(b"\n") else data
        headers = _HeaderMessage()
        for line in head.decode("utf-8", "replace").splitlines():
            if ":" in line:
                key, value = line.split(":", 1)
                headers[key.strip()] = value.strip()
        name = headers.get_param("name", header="content-disposition")
        filename = headers.get_param("filename", header="content-disposition")
        if name is None:
            continue
        name = collapse_rfc2231_value(name)
        if filename is None:
            fields[name] = data.decode("utf-8", "replace")
        else:
            files[name] = {"field": name, "filename": collapse_rfc2231_value(filename), "data": data,
                           "content_type": headers.get_content_type() if headers.get("content-type") else
                           "application/octet-stream"}
    return fields, files


GATEWAY_TITLES = {502: "502 Bad Gateway", 503: "503 Service Temporarily Unavailable", 504: "504 Gateway Time-out"}
FAILURE_DESCRIPTIONS = {500: "Internal Server Error", 400: "Bad Request", 401: "Unauthorized", 403: BLOCKED,
                        404: "Not Found"}


class Handler(JsonHandler):
    def do_GET(self):
        self.dispatch()

    def do_POST(self):
        self.dispatch()

    def dispatch(self):
        url = urllib.parse.urlsplit(self.path)
        body = self.read_body()
        if url.path.startswith("/control/"):
            return self.control(url.path[len("/control/"):], body)
        match = re.fullmatch(r"/bot([^/]*)/([^/]*)", url.path)
        if not match:
            return self.send(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        token, method = urllib.parse.unquote(match.group(1)), urllib.parse.unquote(match.group(2))
        key = method.lower()
        name, handler = HANDLERS.get(key, (method, None))
        count(STATE.requests, name)
        if token != TOKEN:
            return self.api_error(ApiError(401, "Unauthorized") if re.fullmatch(r"\d+:.+", token)
                                  else ApiError(404, "Not Found"))
        if handler is None:
            return self.api_error(ApiError(404, "Not Found"))
        failure = take_failure(key)
        if failure:
            return self.injected_failure(failure)
        try:
            result = handler(*self.arguments(url.query, body))
        except ApiError as error:
            return self.api_error(error)
        result, description = result if isinstance(result, tuple) else (result, None)
        answer = {"ok": True, "result": result}
        if description:
            answer["description"] = description
        self.send(200, answer)

    def arguments(self, query, body):
        args = {}
        for key, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
            args.setdefault(key, value)
        files = {}
        content_type = self.headers.get("Content-Type", "")
        kind = content_type.split(";")[0].strip().lower()
        if kind == "application/json" and body:
            try:
                parsed = json.loads(body.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                raise ApiError(400, "Bad Request: can't parse JSON object")
            if isinstance(parsed, dict):
                for key, value in parsed.items():
                    args[key] = value if isinstance(value, str) else \
                        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        elif kind == "multipart/form-data":
            fields, files = parse_multipart(content_type, body)
            args.update(fields)
        elif body:
            args.update(urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        return args, files

    def api_error(self, error):
        count(STATE.errors, str(error.code))
        answer = {"ok": False, "error_code": error.code, "description": error.description}
        headers = ()
        if error.code == 429:
            answer["parameters"] = {"retry_after": error.retry_after}
            headers = (("Retry-After", str(error.retry_after)),)
        self.send(error.code, answer, extra_headers=headers)

    def injected_failure(self, failure):
        code = failure["code"]
        if code == 429:
            return self.api_error(too_many_requests(failure["retry_after"]))
        if code in GATEWAY_TITLES:
            count(STATE.errors, str(code))
            title = GATEWAY_TITLES[code]
            page = (f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>"
                    "\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n").encode("ascii")
            return self.send(code, page, "text/html")
        description = failure.get("description") or FAILURE_DESCRIPTIONS.get(code, "Internal Server Error")
        return self.api_error(ApiError(code, description))

    def control(self, name, body):
        try:
            data = json.loads(body.decode("utf-8")) if body.strip() else {}
            if not isinstance(data, dict):
                raise ValueError("a JSON object is expected")
            if self.command == "GET" and name in ("sent", "stats"):
                with STATE.lock:
                    return self.send(200, list(STATE.sent) if name == "sent" else
                                     {"requests": dict(STATE.requests), "errors": dict(STATE.errors)})
            if self.command != "POST" or name not in CONTROL_ACTIONS:
                return self.send(404, {"error": f"no control endpoint {self.command} /control/{name}"})
            return self.send(200, CONTROL_ACTIONS[name](data))
        except (ValueError, TypeError, UnicodeDecodeError) as error:
            return self.send(400, {"error": str(error)})


def closing():
    with STATE.cond:
        STATE.closing = True
        STATE.cond.notify_all()


def main():
    return serve(Handler, closing)


if __name__ == "__main__":
    sys.exit(main())
