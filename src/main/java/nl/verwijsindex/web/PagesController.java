package nl.verwijsindex.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PagesController {

    @GetMapping("/")
    String start() {
        return "start";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
