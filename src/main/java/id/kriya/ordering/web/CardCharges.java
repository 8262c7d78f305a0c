package id.kriya.ordering.web;

import java.util.ArrayList;
import java.util.List;

import id.kriya.ordering.OrderView;
import id.kriya.ordering.ShippingAddress;
import id.kriya.payment.gateway.GatewayCharge;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An order as a card charge for the gateway: its exact total, made of its lines and its shipping, from its buyer,
 * who comes back to the order's page (with the guest's key) when the gateway is done.
 */
@Component
class CardCharges {

    static final String SHIPPING_ITEM = "SHIPPING";

    private final MessageSource messages;
    private final String baseUrl;

    CardCharges(MessageSource messages, @Value("${kriya.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    GatewayCharge of(OrderView order, String key) {
        List<GatewayCharge.Item> items = new ArrayList<>();
        order.lines().forEach(line -> items.add(new GatewayCharge.Item(Long.toString(line.productId()), line.title(),
                line.unitPrice(), line.quantity())));
        if (order.shippingCost().isPositive()) {
            items.add(new GatewayCharge.Item(SHIPPING_ITEM, messages.getMessage("ordering.pay.card.shipping", null,
                    order.buyer().locale()), order.shippingCost(), 1));
        }
        ShippingAddress address = order.address();
        GatewayCharge.Payer payer = new GatewayCharge.Payer(order.buyer().name(), order.buyer().email(),
                order.buyer().phone(), address.lines(), address.city(), address.postalCode(), address.country());
        UriComponentsBuilder back = UriComponentsBuilder.fromUriString(baseUrl).path("/orders/{number}");
        if (key != null) {
            back.queryParam("key", key);
        }
        return new GatewayCharge(order.number(), order.businessId(), order.total(), items, payer,
                back.buildAndExpand(order.number()).encode().toUriString());
    }
}
