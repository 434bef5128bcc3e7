package cn.jsedu.ledger.query.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page of a refused request, forwarded here by {@link ConsoleDenials} with its status (403 or 404). */
@Controller
public class ConsoleErrors extends ConsolePage {

    @RequestMapping("/console/denied")
    public String denied(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object status = request.getAttribute(ConsoleDenials.STATUS);
        int code = status instanceof Integer s ? s : 403;
        response.setStatus(code);
        return errorPage(model, code, code == 404 ? "error.notFound" : "error.denied", null);
    }
}
