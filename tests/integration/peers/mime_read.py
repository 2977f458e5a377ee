#!/usr/bin/python3
"""Reads a message with Python's email package under its strict policy (any defect is an
error) and prints what a mail program would show, as JSON: an independent reader of the
MIME Herald builds (tests/core/tst_mimemessage.cpp)."""
import email.policy
import json
import sys
from email.parser import BytesParser


def addresses(header):
    if header is None:
        return []
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]


def main():
    data = open(sys.argv[1], "rb").read()
    message = BytesParser(policy=email.policy.strict).parsebytes(data)
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    print(json.dumps({
        "subject": str(message["subject"]),
        "from": addresses(message["from"]),
        "to": addresses(message["to"]),
        "reply_to": addresses(message["reply-to"]),
        "list_unsubscribe": str(message["list-unsubscribe"] or ""),
        "parts": [part.get_content_type() for part in message.walk()],
        "text": plain.get_content() if plain is not None else None,
        "html": html.get_content() if html is not None else None,
        "attachments": [{"name": part.get_filename(), "type": part.get_content_type(),
                         "size": len(part.get_content())} for part in message.iter_attachments()],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
