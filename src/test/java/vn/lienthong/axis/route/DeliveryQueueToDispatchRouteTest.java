package vn.lienthong.axis.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.camel.Exchange;
import org.apache.camel.processor.errorhandler.DefaultErrorHandler;
import org.slf4j.LoggerFactory;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.delivery.Dispatcher;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryRoute;
import vn.lienthong.axis.ledger.DeliveryState;

/**
 * routes/delivery-queue-to-dispatch.camel.yaml alone: the choice sends each copy to its own step, and the
 * after-delivery extension point runs a province's step once per copy delivered.
 */
class DeliveryQueueToDispatchRouteTest {
    private static final String POLICY = "file:routes/axis-error-policy.camel.yaml";
    private static final String DISPATCH = "file:routes/delivery-queue-to-dispatch.camel.yaml";
    private static final String AFTER_DELIVERY = "file:routes/delivered-copies-to-after-delivery.camel.yaml";
    private RouteSlice slice;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final List<String> listened = List.of(DispatchStep.class.getName(), DefaultErrorHandler.class.getName());

    @AfterEach
    void close() {
        slice.close();
        listened.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).detachAppender(log));
    }

    @Test
    void givenTheLoadedRoute_thenEachCopyTakesItsBranchAndDoneCopiesNone() throws Exception {
        slice = new RouteSlice(Map.of("dispatchStep", new DispatchStep(null)), properties(""), POLICY, DISPATCH,
                AFTER_DELIVERY)
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

    @Test
    void givenAnAfterDeliveryStepFromAnotherRoutesFolder_thenItRunsOncePerDeliveredCopy_andItsFailureLosesNothing()
            throws Exception {
        LedgerOfCopies ledger = new LedgerOfCopies(Map.of(1L, "000.00.00.H01", 2L, "000.00.00.H02",
                3L, "000.00.00.H03", 4L, "000.00.00.H04"));
        RecordsArchiveStep archive = new RecordsArchiveStep("000.00.00.H02");
        slice = new RouteSlice(Map.of("dispatchStep", new DispatchStep(ledger), "recordsArchive", archive),
                properties("direct:records-archive"), POLICY, DISPATCH, AFTER_DELIVERY,
                "file:src/test/resources/routes-extra/after-delivery-to-records-archive.camel.yaml")
                .advise("delivery-queue-to-dispatch", a -> {
                    a.replaceFromWith("direct:delivery");
                    a.weaveById("forward-to-remote-axis").replace().to("mock:forward");
                }).start();
        ProducerTemplate producer = slice.context.createProducerTemplate();
        log.start();
        listened.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).addAppender(log));

        Exchange batch = producer.send("direct:delivery", e -> e.getMessage().setBody("1,2,3"));
        Exchange push = producer.send("direct:delivery", e -> e.getMessage().setBody("4"));
        Exchange again = producer.send("direct:delivery", e -> e.getMessage().setBody("1,2,3"));

        assertThat(archive.offered).as("once per delivered copy, none for a message delivered already")
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(archive.archived).as("a refused copy does not stop the others").containsExactly(1L, 3L, 4L);
        assertThat(List.of(batch, push, again)).as("no exception: the JMS transaction commits, nothing redelivered")
                .allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(ledger.moves).as("each copy delivered exactly once").containsExactly(1L, 2L, 3L, 4L);
        assertThat(log.list).as("one line with the catalogue code, no error-handler report or stack trace")
                .singleElement().satisfies(line -> {
                    assertThat(line.getFormattedMessage()).contains("delivery 2", "DEPENDENCY_UNAVAILABLE");
                    assertThat(line.getThrowableProxy()).isNull();
                });
    }

    private static Map<String, String> properties(String afterDelivery) {
        return Map.of("axis.queues.delivery", "axis.delivery", "axis.delivery.consumers", "1",
                "axis.intake.after-delivery", afterDelivery);
    }

    /** A dispatcher over copies in memory: a copy moves once (as the ledger's conditional transition). */
    private static final class LedgerOfCopies extends Dispatcher {
        private final Map<Long, Delivery> pending = new ConcurrentHashMap<>();
        final List<Long> moves = new CopyOnWriteArrayList<>();

        LedgerOfCopies(Map<Long, String> recipients) {
            super(null, null, null, null, null, null, null);
            recipients.forEach((id, recipient) -> pending.put(id, new Delivery(id, "axis-" + id, recipient,
                    id == 4 ? DeliveryRoute.LOCAL_PUSH : DeliveryRoute.LOCAL_PULL, DeliveryState.QUEUED, 0, 1, null,
                    null, null, null, null, null)));
        }

        @Override
        public Optional<Delivery> pending(long id) {
            return Optional.ofNullable(pending.get(id));
        }

        @Override
        public List<Delivery> makeAvailable(Collection<Long> ids) {
            return ids.stream().map(this::move).flatMap(Optional::stream).toList();
        }

        @Override
        public Optional<Delivery> makeAvailable(long id) {
            return move(id);
        }

        @Override
        public Optional<Delivery> push(long id) {
            return move(id);
        }

        private Optional<Delivery> move(long id) {
            Optional<Delivery> moved = Optional.ofNullable(pending.remove(id));
            moved.ifPresent(d -> moves.add(d.id()));
            return moved;
        }
    }

    private MockEndpoint mock(String uri) {
        return slice.context.getEndpoint(uri, MockEndpoint.class);
    }
}
