package vn.lienthong.axis.api.soap;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.stream.XMLStreamException;
import org.apache.cxf.interceptor.Fault;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;

/** CXF's parser refusals in the catalogue's words, from the messages Woodstox gives. */
class ParserRefusalsTest {

    @Test
    void givenDtdEvent_thenDtdNotAllowed() {
        assertThat(code(new XMLStreamException("Received event DTD, instead of START_ELEMENT or END_ELEMENT.")))
                .isEqualTo(AxisErrorCode.DTD_NOT_ALLOWED);
    }

    @Test
    void givenWoodstoxLimits_thenXmlLimitExceeded() {
        assertThat(code(new XMLStreamException("Maximum Element Depth limit (100) Exceeded")))
                .isEqualTo(AxisErrorCode.XML_LIMIT_EXCEEDED);
        assertThat(code(new XMLStreamException("Text size limit (1048576) exceeded")))
                .isEqualTo(AxisErrorCode.XML_LIMIT_EXCEEDED);
    }

    @Test
    void givenBrokenXml_thenMalformedXml() {
        assertThat(code(new XMLStreamException("Unexpected close tag </a:ListAgencies>; expected </a:q>.")))
                .isEqualTo(AxisErrorCode.MALFORMED_XML);
    }

    @Test
    void givenAnotherFault_thenNotAParserRefusal() {
        assertThat(ParserRefusals.classify(new Fault(new IllegalStateException("no binding operation")))).isNull();
    }

    private static AxisErrorCode code(XMLStreamException cause) {
        return ParserRefusals.classify(new Fault(cause)).code();
    }
}
