package id.kriya.notification.web;

import id.kriya.notification.MailOutbox;
import id.kriya.shared.PageNumber;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Admins read every mail Kriya wrote, newest first: the only mailbox there is when no SMTP server is configured. */
@Controller
class OutboxController {

    static final String LIST_VIEW = "notification/outbox";
    static final String MAIL_VIEW = "notification/outbox-mail";
    static final int PAGE_SIZE = 25;

    private final MailOutbox outbox;

    OutboxController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("mails", outbox.newestFirst(PageNumber.of(page, PAGE_SIZE)));
        return LIST_VIEW;
    }

    @GetMapping("/admin/outbox/{id}")
    String mail(@PathVariable long id, Model model) {
        model.addAttribute("mail", outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return MAIL_VIEW;
    }
}
