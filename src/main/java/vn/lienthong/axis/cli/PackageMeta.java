package vn.lienthong.axis.cli;

import java.util.List;
import vn.lienthong.axis.edxml.Business;
import vn.lienthong.axis.edxml.MessageHeader;
import vn.lienthong.axis.edxml.Organization;
import vn.lienthong.axis.edxml.ResponseFor;
import vn.lienthong.axis.edxml.StaffInfo;
import vn.lienthong.axis.edxml.TraceHeader;

/**
 * The meta file of {@code package build} (YAML or JSON): the document header in edXML's own field names, the
 * business block, optional trace hops and attachments; or, with {@code --status}, the status block.
 * See {@code docs/cli.md}.
 */
record PackageMeta(MessageHeader header, Business business, List<TraceHeader> trace, List<AttachmentMeta> attachments,
                   Boolean zipAttachments, StatusMeta status) {

    /** An attachment named in the meta file; {@code file} is relative to the meta file's folder. */
    record AttachmentMeta(String file, String contentId, String name, String description, String contentType) {
    }

    /** The status block of a status package. */
    record StatusMeta(Organization from, ResponseFor responseFor, StaffInfo staffInfo, String statusCode,
                      String description, String timestamp) {
    }
}
