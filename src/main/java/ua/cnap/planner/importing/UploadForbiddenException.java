package ua.cnap.planner.importing;

/** Someone other than the uploader (and no admin) tried to confirm a register upload (HTTP 403). */
public class UploadForbiddenException extends RuntimeException {

    public UploadForbiddenException(String message) {
        super(message);
    }
}
