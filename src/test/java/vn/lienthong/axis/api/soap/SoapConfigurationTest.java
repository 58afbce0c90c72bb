package vn.lienthong.axis.api.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.config.SoapProperties;

/** CXF's limits for /ws/axis follow {@code axis.limits.*} and the inline cap {@code axis.soap.*}. */
class SoapConfigurationTest {

    @Test
    void givenAxisLimits_thenCxfStaxAndAttachmentLimitsMatch() {
        var limits = new AxisProperties.Limits(268_435_456L, 50, 209_715_200L, 100, 50_000, 1_000_000L, 500, 65_536,
                1_048_576, 536_870_912L, 100, 536_870_912L);
        Map<String, Object> p = SoapConfiguration.limits(limits, new SoapProperties(16_777_216L, 65_536L));
        assertThat(p).containsEntry("mtom-enabled", true)
                .containsEntry("attachment-max-size", 268_435_456L)
                .containsEntry("org.apache.cxf.stax.maxElementDepth", 100)
                .containsEntry("org.apache.cxf.stax.maxChildElements", 50_000)
                .containsEntry("org.apache.cxf.stax.maxElementCount", 1_000_000L)
                .containsEntry("org.apache.cxf.stax.maxAttributeCount", 500)
                .containsEntry("org.apache.cxf.stax.maxAttributeSize", 65_536)
                .containsEntry("org.apache.cxf.stax.maxTextLength", 22_369_624)
                .containsEntry("org.apache.cxf.stax.maxXMLCharacters", 22_369_624L + 1_048_576L)
                .doesNotContainKey("org.apache.cxf.stax.allowInsecureParser");
    }

    @Test
    void givenTheDefaultInlineCap_thenAnInlineSoapBodyHoldsAFewMebibytesAtMost() {
        SoapProperties defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("axis.soap", SoapProperties.class);
        var limits = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("axis.limits", AxisProperties.Limits.class);
        Map<String, Object> p = SoapConfiguration.limits(limits, defaults);
        assertThat(defaults.maxInlinePackageBytes()).isEqualTo(4L * 1024 * 1024);
        assertThat((Long) p.get("org.apache.cxf.stax.maxXMLCharacters")).as("characters of one inline request")
                .isLessThanOrEqualTo(8L * 1024 * 1024);
    }
}
