package id.kriya.payment.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.payment.gateway.GatewayPayments.Outcome;
import id.kriya.payment.gateway.GatewayPayments;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Without a server key the gateway is off ({@code GatewayPaymentsTests}) and its endpoint answers 404, as if it
 * were not there. The shared test context has a key, so this runs against the controller alone.
 */
class MidtransEndpointOffTests {

    @Test
    void answersNotFoundWhileTheGatewayIsNotConfigured() throws Exception {
        GatewayPayments off = mock(GatewayPayments.class);
        when(off.receive(any())).thenReturn(Outcome.DISABLED);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new MidtransNotificationController(off)).build();

        mvc.perform(post("/payments/midtrans/notification").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"order_id\":\"KRY-1\",\"status_code\":\"200\",\"gross_amount\":\"1000.00\","
                                + "\"signature_key\":\"x\",\"transaction_status\":\"settlement\",\"transaction_id\":\"t\"}"))
                .andExpect(status().isNotFound());
    }
}
