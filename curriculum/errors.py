"""The one exception type the CLI turns into a one-line message and exit code 1."""


class CurriculumError(Exception):
    """A problem the user can fix; the message names the file, cell or grade_id and the fix."""
