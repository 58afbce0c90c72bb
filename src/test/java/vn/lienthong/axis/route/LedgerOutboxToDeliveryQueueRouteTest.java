package vn.lienthong.axis.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** routes/ledger-outbox-to-delivery-queue.camel.yaml alone: typed messages in, JMS text and headers out. */
class LedgerOutboxToDeliveryQueueRouteTest {
    private RouteSlice slice;

    @AfterEach
    void close() {
        slice.close();
    }

    @Test
    void givenACopyAndAPullBatch_thenEachBecomesOneMessageWithItsDuplicateIdAndGeneration() throws Exception {
        slice = new RouteSlice(Map.of("jmsDeliveryPublisher", new JmsDeliveryPublisher(null)),
                Map.of("axis.queues.delivery", "axis.delivery"),
                "file:routes/axis-error-policy.camel.yaml", "file:routes/ledger-outbox-to-delivery-queue.camel.yaml")
                .advise("ledger-outbox-to-delivery-queue",
                        a -> a.weaveById("send-to-delivery-queue").replace().to("mock:queue")).start();
        MockEndpoint queue = slice.context.getEndpoint("mock:queue", MockEndpoint.class);
        queue.expectedMessageCount(2);

        slice.context.createProducerTemplate().sendBody("direct:publish-deliveries", List.of(
                new DeliveryMessage("delivery-900-1", List.of(900L), 1),
                new DeliveryMessage("pull-1-2-2-0", List.of(1L, 2L), null)));

        queue.assertIsSatisfied();
        Map<String, Map<String, Object>> byBody = new java.util.HashMap<>();
        queue.getExchanges().forEach(e -> byBody.put(e.getMessage().getBody(String.class), e.getMessage().getHeaders()));
        assertThat(byBody.get("900")).containsEntry(AxisHeaders.DUPLICATE_ID, "delivery-900-1")
                .containsEntry(AxisHeaders.GENERATION, 1);
        assertThat(byBody.get("1,2")).containsEntry(AxisHeaders.DUPLICATE_ID, "pull-1-2-2-0")
                .doesNotContainKey(AxisHeaders.GENERATION);
    }
}
