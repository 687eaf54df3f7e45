#!/usr/bin/env python3
"""A minimal SMTP server for infra/reliability.sh: accepts every message on 127.0.0.1:PORT and appends one
line per message to FILE ("<subject>"), so the script can check each queued email arrived exactly once.
Usage: infra/smtp-sink.py PORT FILE   (stops on SIGTERM)"""
import socketserver
import sys

PORT, FILE = int(sys.argv[1]), sys.argv[2]


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 reliability-sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode(errors="replace").strip().split(" ")[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 reliability-sink")
            elif verb == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                subject = ""
                while True:
                    data = self.rfile.readline().decode(errors="replace")
                    if data in (".\r\n", ".\n", ""):
                        break
                    if not subject and data.lower().startswith("subject:"):
                        subject = data.split(":", 1)[1].strip()
                with open(FILE, "a", encoding="utf-8") as out:
                    out.write(subject + "\n")
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:  # MAIL, RCPT, RSET, NOOP
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


with Server(("127.0.0.1", PORT), Session) as server:
    server.serve_forever()
