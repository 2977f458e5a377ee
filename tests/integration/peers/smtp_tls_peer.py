#!/usr/bin/python3
"""An SMTP server with STARTTLS and AUTH for Herald's tests (Debian: python3-aiosmtpd).

    smtp_tls_peer.py PORT CERT KEY USER PASSWORD MAILDIR

Requires STARTTLS before anything else, offers AUTH PLAIN and LOGIN only over TLS and
SMTPUTF8, accepts USER/PASSWORD, stores each message as MAILDIR/<n>.eml with its envelope
as MAILDIR/<n>.json ({"from", "to", "options"}) and prints "ready" once listening.
"""
import json
import pathlib
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port, cert, key, user, password, maildir = sys.argv[1:7]
store = pathlib.Path(maildir)
store.mkdir(parents=True, exist_ok=True)


class Handler:
    count = 0

    async def handle_DATA(self, server, session, envelope):
        Handler.count += 1
        (store / f"{Handler.count}.json").write_text(json.dumps(
            {"from": envelope.mail_from, "to": envelope.rcpt_tos, "options": envelope.mail_options}))
        (store / f"{Handler.count}.eml").write_bytes(envelope.original_content or envelope.content)
        return "250 2.0.0 Ok: queued"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
        and auth_data.password.decode() == password
    return AuthResult(success=ok, handled=False)  # not handled: aiosmtpd answers 535 itself


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)
controller = Controller(Handler(), hostname="127.0.0.1", port=int(port), tls_context=context,
                        require_starttls=True, authenticator=authenticator, auth_require_tls=True,
                        auth_exclude_mechanism=["CRAM-MD5"], enable_SMTPUTF8=True)
controller.start()
print("ready", flush=True)
try:
    while True:
        time.sleep(3600)
except KeyboardInterrupt:
    pass
finally:
    controller.stop()
