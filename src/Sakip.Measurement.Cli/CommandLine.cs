using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sakip.Measurement.Cli;

/// <summary>The output formats the tool writes.</summary>
internal enum OutputFormat
{
    /// <summary>Markdown tables (the default, and for now the only format).</summary>
    Markdown = 0,
}

/// <summary>What the command line asks for.</summary>
/// <param name="DataFile">The path of the data file, or <see langword="null"/> when help was asked for.</param>
/// <param name="Year">The year to measure instead of the file's, if given.</param>
/// <param name="Format">The output format.</param>
/// <param name="ShowHelp">Whether to print the usage and stop.</param>
internal sealed record CommandLineOptions(string? DataFile, int? Year, OutputFormat Format, bool ShowHelp);

/// <summary>Thrown when the command line is not valid; the message says why.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Parses the arguments by hand (System.CommandLine comes later):
/// <c>sakip [--year N] [--format markdown] &lt;file&gt;</c>, <c>sakip --help</c>.
/// Options take their value as the next argument or after <c>=</c>; <c>--</c> ends the options.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: sakip [options] <data-file.json>

        Reads a SAKIP data file (docs/report-format.md), recomputes capaian and predikat for the
        year and prints the Bab III tables: the capaian table of each Renstra covering the year,
        its mean, and the capaian against the Renstra's final-year target.

        Options:
          --year <N>         Measure year N instead of the file's "year".
          --format <name>    Output format: markdown (default, the only one for now).
          -h, --help         Show this help and exit.

        Exit codes: 0 success; 2 invalid arguments, missing or unreadable file, or invalid data.
        """;

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options.</returns>
    /// <exception cref="UsageException">The arguments are not valid.</exception>
    public static CommandLineOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? file = null;
        int? year = null;
        var format = OutputFormat.Markdown;
        bool optionsEnded = false;

        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                if (file is not null)
                {
                    throw new UsageException($"only one data file can be given (got '{file}' and '{arg}')");
                }
                file = arg;
                continue;
            }
            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? arg : arg[..equals];
            string? inlineValue = equals < 0 ? null : arg[(equals + 1)..];
            switch (name)
            {
                case "-h":
                case "--help":
                case "-?":
                    return new CommandLineOptions(null, null, format, ShowHelp: true);
                case "--year":
                    year = ParseYear(inlineValue ?? NextValue(args, ref i, name));
                    break;
                case "--format":
                    format = ParseFormat(inlineValue ?? NextValue(args, ref i, name));
                    break;
                default:
                    throw new UsageException($"unknown option '{name}'");
            }
        }
        if (file is null)
        {
            throw new UsageException("no data file given");
        }
        return new CommandLineOptions(file, year, format, ShowHelp: false);
    }

    private static string NextValue(IReadOnlyList<string> args, ref int i, string name)
    {
        if (i + 1 >= args.Count)
        {
            throw new UsageException($"option '{name}' needs a value");
        }
        i++;
        return args[i];
    }

    private static int ParseYear(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) &&
            year is >= FiscalYear.MinYear and <= FiscalYear.MaxYear)
        {
            return year;
        }
        throw new UsageException($"'--year {text}' is not a year (expected e.g. 2023)");
    }

    private static OutputFormat ParseFormat(string text) =>
        string.Equals(text, "markdown", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "md", StringComparison.OrdinalIgnoreCase)
            ? OutputFormat.Markdown
            : throw new UsageException($"unsupported format '{text}' (only 'markdown' is available)");
}
