#!/usr/bin/python3
"""An independent SOAP client for the axis, written with python3-zeep (the Debian package).

    zeep_client.py send <wsdl-url> <token> <package-file>
    zeep_client.py pull <wsdl-url> <token> <axis-id> <out-file>
    zeep_client.py receipts <wsdl-url> <token> <axis-id> <out-dir>
    zeep_client.py trace <wsdl-url> <token> <axis-id>

send: SendPackage (zeep sends the bytes as inline base64, not MTOM); prints the receipt as JSON.
pull: ListPending(kind=document), GetPackage (writes the bytes to out-file), Acknowledge(done);
prints what it saw as JSON.
receipts: GetReceipt, GetDeliveryReceipts, GetVerification; writes each signed receipt's bytes to out-dir
(acceptance.xml, delivery-<eventId>.xml) and prints the files and the report as JSON.
trace: GetTrace with includeDuties (the duties per recipient) and without (no duty elements). A SOAP fault prints {"fault": code, "detail": ...} and exits 2.
"""
import base64
import hashlib
import json
import sys

import zeep
from zeep.exceptions import Fault
from zeep.helpers import serialize_object
from zeep.plugins import Plugin
from zeep.wsdl import attachments

NS = "{urn:lienthong:axis:v1}"


def _exact_content(self):
    """zeep 4.2 strips CR/LF from both ends of a binary MTOM part (attachments.Attachment.content:
    content.strip(b"\\r\\n")), which corrupts any file that ends with a newline. Keep the bytes."""
    if self.headers.get("Content-Transfer-Encoding", None) == "base64":
        return base64.b64decode(self._part.content)
    return self._part.content


attachments.Attachment.content = property(_exact_content)


class SeenHeaders(Plugin):
    """Records the Content-Type of each request and response."""

    def __init__(self):
        self.requests = []

    def egress(self, envelope, http_headers, operation, binding_options):
        self.requests.append(http_headers.get("Content-Type", ""))
        return envelope, http_headers


def client(wsdl, token):
    seen = SeenHeaders()
    c = zeep.Client(wsdl, plugins=[seen])
    auth = c.get_element(NS + "AxisAuth")(token=token)
    return c, auth, seen


def plain(value):
    return json.loads(json.dumps(serialize_object(value), default=str))


def send(wsdl, token, path):
    c, auth, seen = client(wsdl, token)
    with open(path, "rb") as f:
        data = f.read()
    resp = c.service.SendPackage(package=data, _soapheaders=[auth])
    receipt = plain(getattr(resp, "receipt", resp) if not isinstance(resp, dict) else resp.get("receipt", resp))
    return {"receipt": receipt, "requestContentTypes": seen.requests}


def pull(wsdl, token, axis_id, out):
    c, auth, seen = client(wsdl, token)
    page = c.service.ListPending(kind="document", limit=500, _soapheaders=[auth])
    listed = [i.axisId for i in (page.item or [])]
    got = c.service.GetPackage(axisId=axis_id, _soapheaders=[auth])
    data = got.package
    with open(out, "wb") as f:
        f.write(data)
    ack = c.service.Acknowledge(axisId=axis_id, result="done", _soapheaders=[auth])
    state = ack if isinstance(ack, str) else ack.state
    after = c.service.ListPending(kind="document", limit=500, _soapheaders=[auth])
    return {"listed": listed, "sha256": got.sha256, "bytesSha256": hashlib.sha256(data).hexdigest(),
            "size": len(data), "ackState": state,
            "listedAfterAck": [i.axisId for i in (after.item or [])]}


def receipts(wsdl, token, axis_id, out_dir):
    c, auth, seen = client(wsdl, token)
    files = []
    acceptance = c.service.GetReceipt(axisId=axis_id, _soapheaders=[auth])
    files.append(_write(out_dir, "acceptance.xml", acceptance))
    deliveries = c.service.GetDeliveryReceipts(axisId=axis_id, _soapheaders=[auth])
    types = []
    for r in (deliveries or []):
        files.append(_write(out_dir, "delivery-%d.xml" % r.eventId, r.signedXml))
        types.append({"type": r.type, "recipient": r.recipient})
    report = c.service.GetVerification(axisId=axis_id, _soapheaders=[auth])
    return {"files": files, "deliveries": types, "report": json.loads(report)}


def trace(wsdl, token, axis_id):
    c, auth, seen = client(wsdl, token)
    plain_trace = c.service.GetTrace(axisId=axis_id, _soapheaders=[auth])
    with_duties = c.service.GetTrace(axisId=axis_id, includeDuties=True, _soapheaders=[auth])

    def when(t):
        return None if t is None else t.isoformat()

    recipients = {}
    for r in (with_duties.recipient or []):
        recipients[r.organId] = [{"duty": d.duty, "due": when(d.due), "doneAt": when(d.doneAt),
                                  "outcome": d.outcome, "late": None if d.late is None else str(d.late),
                                  "lateSeconds": d.lateSeconds} for d in (r.duty or [])]
    return {"recipients": recipients,
            "dutiesWithoutFlag": sum(len(r.duty or []) for r in (plain_trace.recipient or []))}


def _write(out_dir, name, data):
    path = out_dir + "/" + name
    with open(path, "wb") as f:
        f.write(data)
    return path


def main(argv):
    try:
        if argv[1] == "send":
            result = send(argv[2], argv[3], argv[4])
        elif argv[1] == "pull":
            result = pull(argv[2], argv[3], argv[4], argv[5])
        elif argv[1] == "receipts":
            result = receipts(argv[2], argv[3], argv[4], argv[5])
        elif argv[1] == "trace":
            result = trace(argv[2], argv[3], argv[4])
        else:
            raise SystemExit("usage: zeep_client.py send|pull|receipts|trace ...")
    except Fault as f:
        code = None
        if f.detail is not None:
            for el in f.detail.iter():
                if el.tag.endswith("}code"):
                    code = el.text
        print(json.dumps({"fault": code, "faultcode": str(f.code), "message": f.message}))
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
