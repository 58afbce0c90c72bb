package vn.lienthong.axis.route;

import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** routes/delivery-queue-to-dispatch.camel.yaml alone: the choice sends each copy to its own step. */
class DeliveryQueueToDispatchRouteTest {
    private RouteSlice slice;

    @AfterEach
    void close() {
        slice.close();
    }

    @Test
    void givenTheLoadedRoute_thenEachCopyTakesItsBranchAndDoneCopiesNone() throws Exception {
        slice = new RouteSlice(Map.of(), Map.of("axis.queues.delivery", "axis.delivery", "axis.delivery.consumers", "1"),
                "file:routes/axis-error-policy.camel.yaml", "file:routes/delivery-queue-to-dispatch.camel.yaml")
                .advise("delivery-queue-to-dispatch", a -> {
                    a.replaceFromWith("direct:delivery");
                    a.weaveById("load-delivery").replace().setHeader(AxisHeaders.DELIVERY_ROUTE).simple("${body}");
                    a.weaveById("make-available").replace().to("mock:pull");
                    a.weaveById("push-to-endpoint").replace().to("mock:push");
                    a.weaveById("forward-to-remote-axis").replace().to("mock:forward");
                    a.weaveById("skip-done-delivery").replace().to("mock:done");
                }).start();
        MockEndpoint pull = mock("mock:pull");
        MockEndpoint push = mock("mock:push");
        MockEndpoint forward = mock("mock:forward");
        MockEndpoint done = mock("mock:done");
        pull.expectedBodiesReceived("local-pull");
        push.expectedBodiesReceived("local-push");
        forward.expectedBodiesReceived("upstream", "peer");
        done.expectedBodiesReceived(DispatchStep.DONE);

        ProducerTemplate producer = slice.context.createProducerTemplate();
        for (String route : new String[] {"local-pull", "local-push", "upstream", "peer", DispatchStep.DONE}) {
            producer.sendBody("direct:delivery", route);
        }

        MockEndpoint.assertIsSatisfied(pull, push, forward, done);
    }

    private MockEndpoint mock(String uri) {
        return slice.context.getEndpoint(uri, MockEndpoint.class);
    }
}
