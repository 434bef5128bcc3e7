package cn.jsedu.ledger.console.login;

import cn.jsedu.ledger.console.config.ConsoleProperties;
import cn.jsedu.ledger.console.page.ConsolePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's login page. Without password login (not the local profile) it says that it is not available. */
@Controller
public class LoginController extends ConsolePage {

    private final ConsoleProperties properties;

    public LoginController(ConsoleProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("passwordLogin", properties.passwordLogin());
        return "console/login";
    }
}
