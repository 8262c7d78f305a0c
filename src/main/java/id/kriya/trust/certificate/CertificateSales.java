package id.kriya.trust.certificate;

import java.time.Clock;
import java.util.List;

import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.OrderStatusChanged;
import id.kriya.ordering.OrderView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Certificates follow their pieces: when an order is paid, each piece bought that has a valid certificate passes it
 * to the buyer (an edition's lowest numbers first); when a paid order is cancelled, or ends with its whole total paid
 * back after a complaint, the sale is undone and they come back. Heard from the
 * ordering module's events, after its transaction, in one of our own; the event registry retries it after a crash,
 * and hearing the same news twice changes nothing.
 */
@Component
class CertificateSales {

    private final Certificates certificates;
    private final OrderManagement orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateSales(Certificates certificates, OrderManagement orders, ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged changed) {
        if (changed.status() == OrderStatus.PAID) {
            orders.find(changed.number()).ifPresent(this::transfer);
        } else if ((changed.status() == OrderStatus.CANCELLED && changed.wasPaid())
                || changed.status() == OrderStatus.REFUNDED) {
            for (Certificate certificate : certificates.findBySaleOrderId(changed.orderId())) {
                if (certificate.undoTransfer(changed.orderId(), clock.instant())) {
                    announce(certificate, changed.orderId(), null, true);
                }
            }
        }
    }

    private void transfer(OrderView order) {
        if (!certificates.findBySaleOrderId(order.id()).isEmpty()) {
            return;
        }
        for (OrderView.Line line : order.lines()) {
            List<Certificate> unsold = certificates.unsoldOf(line.productId());
            for (Certificate certificate : unsold.subList(0, Math.min(line.quantity(), unsold.size()))) {
                certificate.transferTo(order.id(), order.buyerUserId(), order.buyer().name(), clock.instant());
                announce(certificate, order.id(), order.buyerUserId(), false);
            }
        }
    }

    private void announce(Certificate certificate, long orderId, Long buyerUserId, boolean undone) {
        CertificateView view = certificate.toView();
        events.publishEvent(new CertificateTransferred(view.id(), view.code().value(), view.productId(), orderId,
                buyerUserId, undone));
    }
}
