package ua.cnap.planner.web;

import java.io.IOException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ua.cnap.planner.importing.RegisterFormat;
import ua.cnap.planner.io.LocalizedBadInputException;
import ua.cnap.planner.importing.RegisterUploadService;
import ua.cnap.planner.importing.RegisterUploadService.Saved;
import ua.cnap.planner.importing.RegisterUploadService.Validation;

/**
 * An oblast's register uploaded from the map: {@code POST /api/registers/uploads} (multipart
 * {@code file}, {@code oblast}, {@code format}) validates and reports every bad row, saving nothing;
 * {@code POST /api/registers/uploads/{id}/confirm} saves it. Files over
 * {@code spring.servlet.multipart.max-file-size} get 413.
 */
@RestController
@RequestMapping("/api/registers/uploads")
class RegisterUploadController {

    private final RegisterUploadService uploads;

    RegisterUploadController(RegisterUploadService uploads) {
        this.uploads = uploads;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Validation validate(@RequestParam("file") MultipartFile file, @RequestParam String oblast,
            @RequestParam(defaultValue = "TEMPLATE") String format, Authentication user) throws IOException {
        return uploads.validate(file.getOriginalFilename(), file.getBytes(), format(format), oblast,
                Caller.of(user).name());
    }

    private static RegisterFormat format(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        return java.util.Arrays.stream(RegisterFormat.values()).filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new LocalizedBadInputException("format", text,
                        "uploads are read as CHERNIVTSI_OFFICIAL or TEMPLATE", "error.upload.format", text));
    }

    /**
     * Saves; only who uploaded the file, or an admin, may confirm it (403 otherwise); an upload with
     * rejected rows needs {@code acceptRejected=true} (the page asks the planner first).
     */
    @PostMapping("/{id}/confirm")
    Saved confirm(@PathVariable String id, @RequestParam(defaultValue = "false") boolean acceptRejected,
            Authentication user) {
        Caller caller = Caller.of(user);
        return uploads.confirm(id, acceptRejected, caller.name(), caller.admin());
    }
}
