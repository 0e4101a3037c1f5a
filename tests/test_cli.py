"""The CLI: every command documented, errors are one line with exit code 1."""

from click.testing import CliRunner

from curriculum.cli import main


def test_every_command_has_help_and_is_in_the_readme():
    from pathlib import Path
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    runner = CliRunner()
    for name, command in main.commands.items():
        assert command.help, name
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert f"curriculum {name}" in readme, f"README does not document `curriculum {name}`"


def test_unknown_assignment_is_a_one_line_error():
    result = CliRunner().invoke(main, ["build", "s1-01-linear-algebr"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "Did you mean 's1-01-linear-algebra'" in result.output
    assert "Traceback" not in result.output


def test_missing_submissions_folder(tmp_path):
    result = CliRunner().invoke(main, ["grade", "s1-01-linear-algebra", "--submissions",
                                       str(tmp_path / "nope")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_list_shows_all_stages():
    result = CliRunner().invoke(main, ["list"])
    assert result.exit_code == 0
    for stage in ("s1", "s2", "s3", "s4", "s5"):
        assert stage in result.output
