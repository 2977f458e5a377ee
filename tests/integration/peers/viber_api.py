#!/usr/bin/python3
"""A stand-in for Viber's REST bot API (chatapi.viber.com/pa) for Herald's tests (Python standard
library only).

    viber_api.py TOKEN

Listens on 127.0.0.1 on a free port, prints "ready PORT" on stdout once listening and nothing
else there, and serves until SIGTERM or SIGINT.

REST API: POST (GET works too) /pa/<method> with a JSON body and the header X-Viber-Auth-Token
(an "auth_token" field in the body is accepted as well, as older clients send it). Every answer
is HTTP 200 with {"status": N, "status_message": ..., "chat_hostname": "SN-CHAT-01_", ...};
status_message is "ok" or the name from Viber's error table (1 invalidUrl, 2 invalidAuthToken,
3 badData, 4 missingData, 5 receiverNotRegistered, 6 receiverNotSubscribed, ... 12
tooManyRequests, 13 apiVersionNotSupported, ...). No token at all: 2 "missing_auth_token". An
unknown method: HTTP 404.
  set_webhook {url, event_types, send_name, send_photo}: first POSTs a signed
      {"event":"webhook","timestamp","chat_hostname","message_token"} to url and needs HTTP 200
      (else 1 invalidUrl); answers event_types. http:// URLs are allowed (Viber itself wants
      https with a trusted certificate). "url": "" removes the webhook.
  get_account_info: id, name, uri, icon, background, category, subcategory, location, country,
      webhook, event_types, subscribers_count, members.
  send_message {receiver, min_api_version, sender {name <= 28, avatar}, tracking_data <= 4000,
      type "text" (text <= 7000) | "picture" (media http(s) URL, text <= 768, thumbnail)}:
      answers message_token (a 64-bit integer) and billing_status 0. Checks in order: JSON
      (3 badData), body over 30 KB (3), no webhook (10 webhookNotSet), missing receiver, type,
      sender.name, text or media (4 missingData), wrong types or lengths (3), unknown receiver
      (5), receiver not subscribed (6), min_api_version above the receiver's api_version (13),
      rate limits (12).
  get_user_details {id}: user {id, name, avatar, country, language, primary_device_os,
      api_version, viber_version, mcc, mnc, device_type}; unknown id: 5.
Callbacks go to the webhook as POSTs of compact JSON with X-Viber-Content-Signature: the
lowercase hex HMAC-SHA256 of the exact body bytes keyed with TOKEN. user/sender objects carry
"name" only when set_webhook had send_name true and "avatar" only with send_photo true (Viber's
default is false for both). delivered, seen, failed and conversation_started go out only when
listed in event_types (or when event_types was not given); message, subscribed and unsubscribed
always do. Nothing is retried. A JSON answer with "type" to conversation_started is recorded as
a welcome message in /control/sent.

Control API (JSON in and out):
  POST /control/users {"id", "name", "subscribed", "avatar", "country", "language", "api_version"}:
       adds or changes a user; {"id", "registered": false} forgets one.
  POST /control/event {"event": "subscribed" | "unsubscribed" | "conversation_started" |
       "delivered" | "seen" | "failed" | "message", "user_id", "message_token", "context", "desc",
       "text", "tracking_data"}: sends that callback now (subscribed/unsubscribed update the
       user, a message subscribes the user) and answers {"http_status", "body", "response"}
       (http_status null and "error" when the webhook could not be reached or is not set).
  POST /control/forge {..., "signature": "deadbeef"}: the same callback with that signature and
       no state change; answers likewise.
  POST /control/auto {"delivered": true, "seen": false, "failed": "", "delay": 0.05}: after each
       accepted send_message a background thread sends delivered and/or seen (or failed with
       that desc) for it, "delay" seconds after the answer.
  GET  /control/sent: accepted send_message bodies in order, each with "message_token" and "at".
  GET  /control/callbacks: each callback sent, {"event", "http_status", "message_token",
       "forged", "at"}.
  GET  /control/stats: {"requests": {method: n}, "statuses": {"<status>": n}}.
  POST /control/limits {"per_second": N, "per_user_hour": N}: 0 (the default) disables a limit;
       per_user_hour is Viber's documented 100 messages to a user per hour without a reply.
  POST /control/reset: forgets sent messages, callbacks, stats and rate history (users, the
       webhook and the settings stay).
"""
import hashlib
import hmac
import json
import random
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from peerhttp import JsonHandler, encode, serve

TOKEN = sys.argv[1] if len(sys.argv) > 1 else ""
if not TOKEN:
    sys.exit("usage: viber_api.py TOKEN")

CHAT_HOSTNAME = "SN-CHAT-01_"
MAX_BODY = 30 * 1024
ALL_EVENTS = ["delivered", "seen", "failed", "subscribed", "unsubscribed", "conversation_started", "message"]
OPTIONAL_EVENTS = {"delivered", "seen", "failed", "conversation_started"}
STATUS_NAMES = {0: "ok", 1: "invalidUrl", 2: "invalidAuthToken", 3: "badData", 4: "missingData",
                5: "receiverNotRegistered", 6: "receiverNotSubscribed", 7: "publicAccountBlocked",
                8: "publicAccountNotFound", 9: "publicAccountSuspended", 10: "webhookNotSet",
                11: "receiverNoSuitableDevice", 12: "tooManyRequests", 13: "apiVersionNotSupported",
                14: "incompatibleWithVersion", 15: "publicAccountNotAuthorized", 16: "inchatReplyMessageNotAllowed",
                17: "publicAccountIsNotInline", 18: "noPublicChat", 19: "cannotSendBroadcast",
                20: "broadcastNotAllowed", 21: "unsupportedCountry", 22: "paymentUnsupported",
                23: "freeMessagesExceeded", 24: "noBalance"}


class ViberError(Exception):
    def __init__(self, status, message=None, **extra):
        super().__init__(message or STATUS_NAMES.get(status, "generalError"))
        self.status = status
        self.status_message = message or STATUS_NAMES.get(status, "generalError")
        self.extra = extra


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.users = {}                 # id -> user dict (+ "subscribed", "api_version")
        self.webhook = ""
        self.event_types = None         # None: not given (everything)
        self.send_name = False
        self.send_photo = False
        self.sent = []
        self.callbacks = []
        self.requests = {}
        self.statuses = {}
        self.limits = {"per_second": 0, "per_user_hour": 0}
        self.window = []
        self.user_windows = {}
        self.auto = {"delivered": False, "seen": False, "failed": "", "delay": 0.05}
        self.next_token = random.randint(4_000_000_000_000_000_000, 5_000_000_000_000_000_000)

    def token(self):
        self.next_token += random.randint(1, 999)
        return self.next_token


STATE = State()
ACCOUNT_ID = "pa:" + str(int(hashlib.sha256(TOKEN.encode()).hexdigest()[:16], 16))


def now_ms():
    return int(time.time() * 1000)


def sign(body):
    return hmac.new(TOKEN.encode("utf-8"), body, hashlib.sha256).hexdigest()


def post_callback(url, payload, signature=None, timeout=5.0):
    """POSTs payload to url; (HTTP status or None, response text, error text or None)."""
    body = encode(payload)
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json", "X-Viber-Content-Signature": signature or sign(body)})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace"), None
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace"), None
    except (urllib.error.URLError, OSError, ValueError) as error:
        return None, "", str(getattr(error, "reason", error))


def user_object(user):
    result = {"id": user["id"]}
    if STATE.send_name:
        result["name"] = user.get("name", "")
    if STATE.send_photo and user.get("avatar"):
        result["avatar"] = user["avatar"]
    result["country"] = user.get("country", "GB")
    result["language"] = user.get("language", "en")
    result["api_version"] = user.get("api_version", 10)
    return result


def wants(event):
    return event not in OPTIONAL_EVENTS or STATE.event_types is None or event in STATE.event_types


def build_event(body):
    """The callback payload for a control request, and the state change it implies (or None)."""
    event = body.get("event")
    user_id = body.get("user_id")
    user = STATE.users.get(user_id) if user_id is not None else None
    if event not in ALL_EVENTS:
        raise ValueError(f"unknown event {event!r}")
    if user is None and event in ("subscribed", "conversation_started", "message"):
        if user_id is None:
            raise ValueError("\"user_id\" is required")
        user = {"id": user_id, "name": body.get("name", "Viber User"), "subscribed": False}
    token = body.get("message_token")
    token = int(token) if token is not None else STATE.token()
    payload = {"event": event, "timestamp": now_ms(), "chat_hostname": CHAT_HOSTNAME, "message_token": token}
    change = None
    if event in ("delivered", "seen", "failed"):
        if user_id is None:
            raise ValueError("\"user_id\" is required")
        payload["user_id"] = user_id
        if event == "failed":
            payload["desc"] = body.get("desc", "message validation failed")
    elif event == "subscribed":
        payload = {"event": event, "timestamp": payload["timestamp"], "chat_hostname": CHAT_HOSTNAME,
                   "user": user_object(user), "message_token": token}
        change = (user, True)
    elif event == "unsubscribed":
        if user_id is None:
            raise ValueError("\"user_id\" is required")
        payload = {"event": event, "timestamp": payload["timestamp"], "chat_hostname": CHAT_HOSTNAME,
                   "user_id": user_id, "message_token": token}
        if user is not None:
            change = (user, False)
    elif event == "conversation_started":
        payload["type"] = body.get("type", "open")
        if body.get("context") is not None:
            payload["context"] = str(body["context"])
        payload["user"] = user_object(user)
        payload["subscribed"] = bool(user.get("subscribed"))
        if user["id"] not in STATE.users:
            change = (user, None)
    elif event == "message":
        message = {"text": str(body.get("text", "")), "type": body.get("type", "text")}
        if body.get("tracking_data") is not None:
            message["tracking_data"] = str(body["tracking_data"])
        payload["sender"] = user_object(user)
        payload["message"] = message
        payload["silent"] = bool(body.get("silent", False))
        change = (user, True)
    return payload, change


def deliver(payload, signature=None, forged=False):
    """Sends a callback to the webhook (not under the lock); returns the control answer."""
    with STATE.lock:
        url = STATE.webhook
    if not url:
        return {"http_status": None, "body": payload, "error": "no webhook is set"}
    status, response, error = post_callback(url, payload, signature)
    with STATE.lock:
        STATE.callbacks.append({"event": payload["event"], "http_status": status,
                                "message_token": payload.get("message_token"), "forged": forged,
                                "at": time.time()})
        if payload["event"] == "conversation_started" and status == 200 and not forged:
            try:
                welcome = json.loads(response) if response.strip() else None
            except ValueError:
                welcome = None
            if isinstance(welcome, dict) and welcome.get("type"):
                user_id = payload["user"]["id"]
                STATE.sent.append(dict(welcome, receiver=user_id, welcome=True,
                                       message_token=payload["message_token"], at=time.time()))
    answer = {"http_status": status, "body": payload, "response": response}
    if error:
        answer["error"] = error
    return answer


def auto_receipts(user_id, token):
    with STATE.lock:
        auto = dict(STATE.auto)
    if not (auto["delivered"] or auto["seen"] or auto["failed"]):
        return
    time.sleep(max(0.0, float(auto["delay"])))
    events = ["failed"] if auto["failed"] else [e for e in ("delivered", "seen") if auto[e]]
    for event in events:
        with STATE.lock:
            if not wants(event):
                continue
            payload = {"event": event, "timestamp": now_ms(), "chat_hostname": CHAT_HOSTNAME,
                       "message_token": token, "user_id": user_id}
            if event == "failed":
                payload["desc"] = auto["failed"]
        deliver(payload)


# ---------------------------------------------------------------------------------------------
# REST methods; each gets the parsed body and returns the fields to add to {"status":0,...}.

def set_webhook(body):
    if "url" not in body:
        raise ViberError(4)
    url = body["url"]
    if not isinstance(url, str):
        raise ViberError(3)
    event_types = body.get("event_types")
    if event_types is not None:
        if not isinstance(event_types, list) or any(e not in ALL_EVENTS for e in event_types):
            raise ViberError(3)
    if url == "":
        with STATE.lock:
            STATE.webhook = ""
        return {}
    if not re.match(r"(?i)https?://[^\s/]+", url):
        raise ViberError(1)
    with STATE.lock:
        token = STATE.token()
    status, _, _ = post_callback(url, {"event": "webhook", "timestamp": now_ms(), "chat_hostname": CHAT_HOSTNAME,
                                       "message_token": token})
    with STATE.lock:
        STATE.callbacks.append({"event": "webhook", "http_status": status, "message_token": token,
                                "forged": False, "at": time.time()})
        if status != 200:
            raise ViberError(1)
        STATE.webhook = url
        STATE.event_types = list(event_types) if event_types is not None else None
        STATE.send_name = bool(body.get("send_name", False))
        STATE.send_photo = bool(body.get("send_photo", False))
        return {"event_types": STATE.event_types if STATE.event_types is not None else list(ALL_EVENTS)}


def get_account_info(body):
    with STATE.lock:
        return {"id": ACCOUNT_ID, "name": "Herald Test Bot", "uri": "heraldtestbot",
                "icon": "https://example.com/herald/icon.jpg", "background": "https://example.com/herald/bg.jpg",
                "category": "Business", "subcategory": "Software", "location": {"lon": 0.1278, "lat": 51.5074},
                "country": "GB", "webhook": STATE.webhook,
                "event_types": (STATE.event_types if STATE.event_types is not None else list(ALL_EVENTS))
                if STATE.webhook else [],
                "subscribers_count": sum(1 for u in STATE.users.values() if u.get("subscribed")),
                "members": []}


def get_user_details(body):
    user_id = body.get("id")
    if user_id is None or user_id == "":
        raise ViberError(4)
    if not isinstance(user_id, str):
        raise ViberError(3)
    with STATE.lock:
        user = STATE.users.get(user_id)
        if user is None:
            raise ViberError(5)
        return {"message_token": STATE.token(),
                "user": {"id": user["id"], "name": user.get("name", ""), "avatar": user.get("avatar", ""),
                         "country": user.get("country", "GB"), "language": user.get("language", "en"),
                         "primary_device_os": user.get("primary_device_os", "Android 14"),
                         "api_version": user.get("api_version", 10), "viber_version": "24.1.0.0",
                         "mcc": 234, "mnc": 10, "device_type": "Pixel 8"}}


def send_message(body, raw_size):
    with STATE.lock:
        token = STATE.token()
        if raw_size > MAX_BODY:
            raise ViberError(3, message_token=token)
        if not STATE.webhook:
            raise ViberError(10, message_token=token)
        receiver = body.get("receiver")
        message_type = body.get("type")
        sender = body.get("sender")
        if receiver in (None, "") or message_type in (None, "") or sender is None:
            raise ViberError(4, message_token=token)
        if not isinstance(receiver, str) or not isinstance(message_type, str) or not isinstance(sender, dict):
            raise ViberError(3, message_token=token)
        if sender.get("name") in (None, ""):
            raise ViberError(4, message_token=token)
        if not isinstance(sender["name"], str) or len(sender["name"]) > 28:
            raise ViberError(3, message_token=token)
        if sender.get("avatar") is not None and not isinstance(sender["avatar"], str):
            raise ViberError(3, message_token=token)
        tracking = body.get("tracking_data")
        if tracking is not None and (not isinstance(tracking, str) or len(tracking) > 4000):
            raise ViberError(3, message_token=token)
        min_api = body.get("min_api_version", 1)
        if not isinstance(min_api, int) or isinstance(min_api, bool) or min_api < 1:
            raise ViberError(3, message_token=token)
        text = body.get("text")
        if message_type == "text":
            if text in (None, ""):
                raise ViberError(4, message_token=token)
            if not isinstance(text, str) or len(text) > 7000:
                raise ViberError(3, message_token=token)
        elif message_type == "picture":
            media = body.get("media")
            if media in (None, ""):
                raise ViberError(4, message_token=token)
            if not isinstance(media, str) or not re.match(r"(?i)https?://[^\s/]+", media):
                raise ViberError(3, message_token=token)
            if text is not None and (not isinstance(text, str) or len(text) > 768):
                raise ViberError(3, message_token=token)
            thumbnail = body.get("thumbnail")
            if thumbnail is not None and (not isinstance(thumbnail, str) or
                                          not re.match(r"(?i)https?://[^\s/]+", thumbnail)):
                raise ViberError(3, message_token=token)
        else:
            raise ViberError(3, message_token=token)
        user = STATE.users.get(receiver)
        if user is None:
            raise ViberError(5, message_token=token)
        if not user.get("subscribed"):
            raise ViberError(6, message_token=token)
        if min_api > user.get("api_version", 10):
            raise ViberError(13, message_token=token)
        now = time.time()
        per_second = STATE.limits["per_second"]
        if per_second > 0:
            STATE.window = [t for t in STATE.window if t > now - 1.0]
            if len(STATE.window) >= per_second:
                raise ViberError(12, message_token=token)
        per_user_hour = STATE.limits["per_user_hour"]
        if per_user_hour > 0:
            window = [t for t in STATE.user_windows.get(receiver, []) if t > now - 3600.0]
            STATE.user_windows[receiver] = window
            if len(window) >= per_user_hour:
                raise ViberError(12, message_token=token)
        STATE.window.append(now)
        STATE.user_windows.setdefault(receiver, []).append(now)
        record = {k: v for k, v in body.items() if k != "auth_token"}
        record.update(message_token=token, at=now)
        STATE.sent.append(record)
        auto = STATE.auto["delivered"] or STATE.auto["seen"] or STATE.auto["failed"]
    if auto:
        threading.Thread(target=auto_receipts, args=(receiver, token), daemon=True).start()
    return {"message_token": token, "billing_status": 0}


METHODS = {"set_webhook": set_webhook, "get_account_info": get_account_info,
           "get_user_details": get_user_details, "send_message": None}


# ---------------------------------------------------------------------------------------------
# Control API

def control_users(body):
    user_id = body.get("id")
    if not isinstance(user_id, str) or not user_id:
        raise ValueError("a string \"id\" is required")
    with STATE.lock:
        if body.get("registered") is False:  # Viber never saw this user
            return STATE.users.pop(user_id, {"id": user_id})
        user = STATE.users.setdefault(user_id, {"id": user_id, "name": "Viber User", "subscribed": False})
        for key in ("name", "avatar", "country", "language", "primary_device_os"):
            if body.get(key) is not None:
                user[key] = str(body[key])
        if "subscribed" in body:
            user["subscribed"] = bool(body["subscribed"])
        if "api_version" in body:
            user["api_version"] = int(body["api_version"])
        return {k: v for k, v in user.items()}


def control_event(body, forged=False):
    with STATE.lock:
        payload, change = build_event(body)
        if change is not None and not forged:
            user, subscribed = change
            STATE.users.setdefault(user["id"], user)
            if subscribed is not None:
                STATE.users[user["id"]]["subscribed"] = subscribed
            if payload["event"] == "message":  # a reply restarts the count of messages without one
                STATE.user_windows.pop(user["id"], None)
    if forged:
        signature = body.get("signature")
        if not isinstance(signature, str):
            raise ValueError("a string \"signature\" is required")
        return deliver(payload, signature, forged=True)
    return deliver(payload)


def control_auto(body):
    with STATE.lock:
        for key in ("delivered", "seen"):
            if key in body:
                STATE.auto[key] = bool(body[key])
        if "failed" in body:
            STATE.auto["failed"] = str(body["failed"] or "")
        if "delay" in body:
            STATE.auto["delay"] = float(body["delay"])
        return dict(STATE.auto)


def control_limits(body):
    with STATE.lock:
        for key in ("per_second", "per_user_hour"):
            if key in body:
                STATE.limits[key] = max(0, int(body[key]))
        return dict(STATE.limits)


def control_reset(body):
    with STATE.lock:
        STATE.sent.clear()
        STATE.callbacks.clear()
        STATE.requests.clear()
        STATE.statuses.clear()
        STATE.window.clear()
        STATE.user_windows.clear()
        return {"ok": True}


# ---------------------------------------------------------------------------------------------
# HTTP

class Handler(JsonHandler):
    def do_GET(self):
        self.dispatch()

    def do_POST(self):
        self.dispatch()

    def dispatch(self):
        path = urllib.parse.urlsplit(self.path).path
        raw = self.read_body()
        if path.startswith("/control/"):
            return self.control(path[len("/control/"):], raw)
        match = re.fullmatch(r"/pa/([A-Za-z_]+)", path)
        if not match or match.group(1) not in METHODS:
            return self.send(404, b"Not Found", "text/plain")
        method = match.group(1)
        with STATE.lock:
            STATE.requests[method] = STATE.requests.get(method, 0) + 1
        try:
            answer = {"status": 0, "status_message": "ok"}
            answer.update(self.call(method, raw))
        except ViberError as error:
            answer = {"status": error.status, "status_message": error.status_message}
            answer.update(error.extra)
        answer["chat_hostname"] = CHAT_HOSTNAME
        with STATE.lock:
            key = str(answer["status"])
            STATE.statuses[key] = STATE.statuses.get(key, 0) + 1
        self.send(200, answer)

    def call(self, method, raw):
        body = None
        try:
            parsed = json.loads(raw.decode("utf-8")) if raw.strip() else {}
            if isinstance(parsed, dict):
                body = parsed
        except (ValueError, UnicodeDecodeError):
            pass
        token = self.headers.get("X-Viber-Auth-Token")
        if token is None and body is not None:
            token = body.get("auth_token")
        if token is None:
            raise ViberError(2, "missing_auth_token")
        if token != TOKEN:
            raise ViberError(2)
        if body is None:
            raise ViberError(3)
        if method == "send_message":
            return send_message(body, len(raw))
        return METHODS[method](body)

    def control(self, name, raw):
        try:
            data = json.loads(raw.decode("utf-8")) if raw.strip() else {}
            if not isinstance(data, dict):
                raise ValueError("a JSON object is expected")
            if self.command == "GET" and name in ("sent", "callbacks", "stats"):
                with STATE.lock:
                    if name == "sent":
                        return self.send(200, list(STATE.sent))
                    if name == "callbacks":
                        return self.send(200, list(STATE.callbacks))
                    return self.send(200, {"requests": dict(STATE.requests), "statuses": dict(STATE.statuses)})
            actions = {"users": control_users, "event": control_event,
                       "forge": lambda b: control_event(b, forged=True), "auto": control_auto,
                       "limits": control_limits, "reset": control_reset}
            if self.command != "POST" or name not in actions:
                return self.send(404, {"error": f"no control endpoint {self.command} /control/{name}"})
            return self.send(200, actions[name](data))
        except (ValueError, TypeError, UnicodeDecodeError) as error:
            return self.send(400, {"error": str(error)})


def main():
    return serve(Handler)


if __name__ == "__main__":
    sys.exit(main())
