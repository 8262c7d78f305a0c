package id.kriya.ordering;

import id.kriya.payment.GatewaySettled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An order the payment gateway settled is paid, when the amount is its total and it still waits for payment. */
@Component
class GatewayPaidOrders {

    private final OrderManagement orders;

    GatewayPaidOrders(OrderManagement orders) {
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(GatewaySettled settled) {
        orders.markPaidByGateway(settled.reference(), settled.amount());
    }
}
