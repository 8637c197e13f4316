using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Sakip.Measurement.Serialization;

namespace Sakip.Measurement.Cli;

/// <summary>
/// The <c>sakip</c> command: reads a data file, builds <see cref="CapaianTable"/> for every
/// Renstra covering the year and prints them.
/// </summary>
/// <remarks>
/// A named class rather than top-level statements, so that no <c>Program</c> class competes with
/// the library's <see cref="Measurement.Program"/> record.
/// </remarks>
internal static class EntryPoint
{
    /// <summary>Success.</summary>
    public const int ExitOk = 0;

    /// <summary>Invalid arguments, a missing or unreadable file, or invalid data.</summary>
    public const int ExitInvalidInput = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command with explicit output streams.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where the tables go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        CommandLineOptions options;
        try
        {
            options = CommandLine.Parse(args);
        }
        catch (UsageException ex)
        {
            error.WriteLine($"sakip: {ex.Message}");
            error.WriteLine("Try 'sakip --help' for usage.");
            return ExitInvalidInput;
        }
        if (options.ShowHelp)
        {
            output.WriteLine(CommandLine.Usage);
            return ExitOk;
        }

        string path = options.DataFile!;
        try
        {
            var report = Read(path, options.Year is int y ? new FiscalYear(y) : null);
            var policies = report.Policies;
            var tables = report.Unit.RenstraFor(report.Year)
                .Select(r => CapaianTable.Build(r, report.Year, policies.Capaian, policies.Scale, policies.GradeOn, printed: report.Printed))
                .ToArray();
            // The whole document is built before any of it is written, so a failure leaves no
            // partial table on standard output.
            using var document = new StringWriter(CultureInfo.InvariantCulture) { NewLine = output.NewLine };
            MarkdownWriter.Write(document, report.Unit.Name, report.Year, tables, LkipReview.Review(report));
            output.Write(document.ToString());
            return ExitOk;
        }
        catch (FileNotFoundException)
        {
            return Fail(error, path, "file not found");
        }
        catch (DirectoryNotFoundException)
        {
            return Fail(error, path, "file not found (no such directory)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(error, path, $"cannot read the file: {ex.Message}");
        }
        catch (LkipFormatException ex)
        {
            return Fail(error, path, OneLine(ex.Message));
        }
        catch (SakipDataException ex)
        {
            return Fail(error, path, OneLine(ex.Message));
        }
        catch (InvalidScaleException ex)
        {
            return Fail(error, path, OneLine(ex.Message));
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException or InvalidOperationException)
        {
            // Data the mapper let through but the library refuses: the mapper should have named
            // the field, so this is a fault in the tool. Still one line, and said so.
            return Fail(error, path, $"could not compute the tables: {OneLine(ex.Message)} (a fault in sakip, not a field it can name; please report it with this file)");
        }
    }

    private static Lkip Read(string path, FiscalYear? year)
    {
        if (Directory.Exists(path))
        {
            throw new IOException("it is a directory, not a file");
        }
        using var stream = File.OpenRead(path);
        return LkipJson.Read(stream, new LkipJsonOptions { Year = year });
    }

    private static int Fail(TextWriter error, string path, string message)
    {
        error.WriteLine($"sakip: {path}: {message}");
        return ExitInvalidInput;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
