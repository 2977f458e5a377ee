"""What Herald's HTTP test peers share (Python standard library only): a quiet request
handler that reads chunked or sized bodies and answers JSON, and a server on 127.0.0.1 that
prints "ready PORT" once listening and serves until SIGTERM or SIGINT."""
import json
import signal
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def encode(payload):
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class JsonHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def version_string(self):
        return "nginx"

    def log_message(self, format, *args):  # quiet: stdout carries only "ready PORT"
        pass

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def send(self, status, payload, content_type="application/json", extra_headers=()):
        data = payload if isinstance(payload, bytes) else encode(payload)
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for name, value in extra_headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


def serve(handler, on_stop=None):
    """Serves `handler` on a free port of 127.0.0.1 until SIGTERM or SIGINT; calls `on_stop`
    (if any) before shutting down. Returns the exit status."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    print(f"ready {server.server_address[1]}", flush=True)
    while not stop.wait(0.1):
        pass
    if on_stop:
        on_stop()
    server.shutdown()
    server.server_close()
    return 0
