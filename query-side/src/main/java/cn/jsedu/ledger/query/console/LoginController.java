package cn.jsedu.ledger.query.console;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's login page. Without the local profile's users it says that password login is not available. */
@Controller
public class LoginController extends ConsolePage {

    private final ObjectProvider<UserDetailsService> users;

    public LoginController(ObjectProvider<UserDetailsService> users) {
        this.users = users;
    }

    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("passwordLogin", users.getIfAvailable() != null);
        return "console/login";
    }
}
