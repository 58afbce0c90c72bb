package vn.lienthong.axis.edxml;

/** The kind of document (loại văn bản): {@code Type}, {@code TypeDetail}, {@code TypeName} such as "Công văn". */
public record DocumentType(String type, String typeDetail, String typeName) {
}
