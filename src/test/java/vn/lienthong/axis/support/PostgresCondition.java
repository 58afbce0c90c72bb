package vn.lienthong.axis.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link RequiresPostgres}. */
public class PostgresCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests are required");
        }
        if (Postgres.reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + Postgres.URL);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + Postgres.URL
                + " as " + Postgres.USER + ": start it (see .ci/run) or set AXIS_TEST_POSTGRES_URL /"
                + " AXIS_TEST_POSTGRES_USER / AXIS_TEST_POSTGRES_PASSWORD; with CI=true these tests are required");
    }
}
