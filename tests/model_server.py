# SPDX-License-Identifier: GPL-2.0-or-later
"""A real HTTP server on 127.0.0.1 for the model downloads: serves files with Range support, and can answer
an error status or break a connection after some bytes, the way real servers and networks fail."""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote


class ModelServer:
    """files: url path -> bytes. fail: path -> status code. cut: path -> bytes sent before the first answer breaks."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.fail: dict[str, int] = {}
        self.cut: dict[str, int] = {}
        self.types: dict[str, str] = {}  # path -> Content-Type (pip reads index pages only as text/html)
        self.requests: list[tuple[str, str | None]] = []  # (path, Range header)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                path = unquote(self.path.split("?", 1)[0])  # pip asks for torch-2.14.1%2Bcpu-...whl; QGIS adds ?qgis=3.22
                server.requests.append((path, self.headers.get("Range")))
                if path in server.fail:
                    self.send_error(server.fail[path])
                    return
                data = server.files.get(path)
                if data is None:
                    self.send_error(404)
                    return
                start, status = 0, 200
                match = re.match(r"bytes=(\d+)-$", self.headers.get("Range") or "")
                if match:
                    start, status = int(match.group(1)), 206
                    if start >= len(data):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(data)}")
                        self.end_headers()
                        return
                body = data[start:]
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                if path in server.types:
                    self.send_header("Content-Type", server.types[path])
                if status == 206:
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.end_headers()
                limit = server.cut.pop(path, None)
                if limit is not None:  # the connection breaks mid-file (once)
                    self.wfile.write(body[:limit])
                    self.wfile.flush()
                    self.connection.shutdown(2)
                    return
                for i in range(0, len(body), 1 << 20):
                    self.wfile.write(body[i : i + (1 << 20)])

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):  # a client that hangs up (a cancel) is no server error
                pass

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
