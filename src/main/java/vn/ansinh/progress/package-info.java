/**
 * Progress of long work: a job row per assessment run, file import or generation, advanced by the work as it goes
 * ({@link vn.ansinh.progress.Progress}), and the staff screen that shows running and finished jobs with a progress
 * bar (htmx polling), so a job can be followed again after a page reload.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package vn.ansinh.progress;
