# Mutant: never sets the logger's level, so it inherits WARNING from the root and drops info.
class JsonFormatter(logging.Formatter):
    """Format a LogRecord as one line of JSON (timestamp in UTC, level, logger, message,
    plus the keys of `record.fields` when present)."""

    def format(self, record):
        stamp = datetime.fromtimestamp(record.created, tz=timezone.utc)
        entry = {
            "timestamp": stamp.isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        return json.dumps(entry)


def get_prediction_logger(path, name="predictions"):
    """Return logging.getLogger(name) writing JSON lines to `path` (append mode), level INFO,
    exactly one handler, not propagating to the root logger."""
    logger = logging.getLogger(name)
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    handler = logging.FileHandler(path, mode="a", encoding="utf-8")
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    logger.propagate = False
    return logger
