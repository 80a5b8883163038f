package nl.verwijsindex.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiVersionHeaderTests extends IntegrationTest {

    private ApiCalls api;

    @BeforeEach
    void connect() {
        api = new ApiCalls(port);
    }

    @Test
    void addsHeaderToSuccess() {
        var response = api.get(RestApi.DOCUMENT_PATH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("API-Version")).containsExactly("1.0.0");
    }

    @Test
    void addsHeaderToNotFound() {
        var response = api.get("/api/v1/no-such-resource", "Authorization", ApiCalls.SCHOOL_AUTHORIZATION);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().allValues("API-Version")).containsExactly("1.0.0");
    }

    @Test
    void addsHeaderToUnauthorized() {
        var response = api.get(TestOnlyApiSecurityConfiguration.PROTECTED_PATH);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("API-Version")).containsExactly("1.0.0");
    }

    @Test
    void addsHeaderToErrorPage() {
        var response = api.get(TestOnlyProblemController.BASE_PATH + "/unavailable");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().allValues("API-Version")).containsExactly("1.0.0");
    }

    @Test
    void leavesOtherPathsWithoutHeader() {
        var response = api.get("/actuator/health");

        assertThat(response.headers().firstValue("API-Version")).isEmpty();
    }
}
