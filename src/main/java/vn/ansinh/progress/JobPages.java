package vn.ansinh.progress;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Running and finished jobs with their progress bars. While a job runs its fragment asks again every second (htmx
 * polling); a finished one stops asking and links to its result. The list survives a reload: it is in the database.
 */
@Controller
class JobPages {

    static final int SHOWN = 30;

    private final Progress progress;

    JobPages(Progress progress) {
        this.progress = progress;
    }

    @GetMapping("/jobs")
    @PreAuthorize("isAuthenticated()")
    String jobs(@RequestParam(required = false) Integer limit,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var jobs = progress.recent(limit == null ? SHOWN : Math.max(1, Math.min(SHOWN, limit)));
        model.addAttribute("jobs", jobs);
        model.addAttribute("anyRunning", jobs.stream().anyMatch(Progress.JobView::running));
        return htmx != null ? "progress/jobs :: list" : "progress/jobs";
    }

    @GetMapping("/jobs/{id}")
    @PreAuthorize("isAuthenticated()")
    String job(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", progress.get(id));
        return htmx != null ? "progress/job :: bar" : "progress/job";
    }
}
