using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sakip.Measurement.Text;

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
            var input = ModelMapper.Map(Read(path));
            int? yearNumber = options.Year ?? input.Year?.Year;
            if (yearNumber is not int y)
            {
                return Fail(error, path, "the file names no \"year\"; give one with --year");
            }
            var year = new FiscalYear(y);
            var renstra = input.Unit.RenstraFor(year);
            if (renstra.Count == 0)
            {
                string periods = string.Join(", ", input.Unit.Renstra.Select(r => r.Period.ToString()));
                return Fail(error, path, $"no Renstra in the file covers {year} (periods: {periods})");
            }
            var tables = renstra.Select(r => CapaianTable.Build(r, year, input.Policy, input.Scale, input.Policy.DefaultBasis, printed: input.Printed)).ToArray();
            // The whole document is built before any of it is written, so a failure leaves no
            // partial table on standard output.
            using var document = new StringWriter(CultureInfo.InvariantCulture) { NewLine = output.NewLine };
            MarkdownWriter.Write(document, input.Unit.Name, year, tables);
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
        catch (JsonException ex)
        {
            return Fail(error, path, JsonErrors.Describe(ex));
        }
        catch (UnparsableValueException ex)
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

    private static DataFile Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IOException("it is a directory, not a file");
        }
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, DataFileJsonContext.Default.DataFile)
            ?? throw new SakipDataException("$", "null", "the file holds no data");
    }

    private static int Fail(TextWriter error, string path, string message)
    {
        error.WriteLine($"sakip: {path}: {message}");
        return ExitInvalidInput;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
