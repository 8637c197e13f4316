using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Sakip.Measurement.Cli.Rendering;
using Sakip.Measurement.Lke;
using Sakip.Measurement.Serialization;

namespace Sakip.Measurement.Cli;

/// <summary>
/// The <c>sakip</c> tool: <c>report</c> (the Bab III tables and the review's findings),
/// <c>review</c> (the findings alone), <c>validate</c> (is a file a report file?) and
/// <c>schema</c> (the report file's JSON Schema).
/// </summary>
/// <remarks>
/// A named class rather than top-level statements, so that no generated <c>Program</c> class
/// competes with the budget's program level (<see cref="NomenclatureLevel.Program"/>).
/// </remarks>
internal static class EntryPoint
{
    /// <summary>Success; for <c>review</c>, no findings.</summary>
    public const int ExitOk = 0;

    /// <summary><c>review</c> found discrepancies.</summary>
    public const int ExitFindings = 1;

    /// <summary>Invalid arguments, a missing or unreadable file, or invalid data.</summary>
    public const int ExitInvalidInput = 2;

    private const string Examples = """

        Contoh / examples:
          sakip report                                  the bundled Kencong 2025 report
          sakip report samples/mayang-2023.json -o mayang.md
          sakip report samples --format html -o laporan.html
          sakip report samples/ajung-2023.json --format csv -o ajung.csv
          sakip report samples/                         every report of a folder, and a summary
          sakip review samples/patrang-2023.json --lang en
          sakip validate my-report.json
          sakip schema > report-format.schema.json
          sakip ikm samples/skm-contoh.csv              IKM per layanan from raw survey answers
          sakip init laporan.json                       a report file to fill in
          sakip lke samples/lke/patrang-2023-contoh.json --report samples/patrang-2023.json
                                                        score an LKE worksheet, 3.b answered from the report
        """;

    // Progress is shown only when both streams are a terminal: never in a pipe, a file or CI logs.
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, showProgress: !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    /// <summary>Runs the tool with explicit output streams.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="showProgress">Whether <c>report</c> shows which file it reads on the error stream (a terminal).</param>
    /// <param name="input">What <c>-</c> reads (<c>sakip ikm -</c>); standard input when null.</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool showProgress = false, TextReader? input = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = Build(output, error, showProgress, input ?? Console.In);
        var parsed = root.Parse(args.ToArray());
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"sakip: {problem.Message}");
            }
            error.WriteLine("Try 'sakip --help'.");
            return ExitInvalidInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static RootCommand Build(TextWriter output, TextWriter error, bool showProgress, TextReader input)
    {
        var year = new Option<int?>("--year") { Description = "Read the report for this year instead of the file's \"year\"." };

        var reportFiles = new Argument<string[]>("files")
        {
            Description = "Report files (docs/report-format.md) or folders of them; none: the bundled Kencong 2025 example.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var lkeOption = new Option<string?>("--lke") { Description = "An LKE worksheet file of the report's unit and year: its score, the 3.b criteria answered from the report, and the what-if ranking close the report." };
        var format = new Option<string>("--format")
        {
            Description = "md (Markdown, default), html (one self-contained page with charts, printable to A4), json (the tables and findings for other programs) or csv (one line per cell).",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "html", "json", "csv");
        var report = new Command("report", "The Bab III tables of each report, with the review's findings; a summary across units for several.")
        {
            reportFiles, format, outputPath, year, lkeOption,
        };
        report.SetAction(parse => Report(parse.GetValue(reportFiles) ?? [], parse.GetValue(format)!, parse.GetValue(outputPath), parse.GetValue(year), parse.GetValue(lkeOption),
            showProgress, output, error));

        var worksheet = new Argument<string>("file") { Description = "An LKE worksheet file (docs/lke-format.md): the unit, the year, the definition and the answers." };
        var lkeReport = new Option<string?>("--report") { Description = "The evaluated unit's report file: the 3.b criteria it can answer are answered from it and its review first." };
        var lkeFormat = new Option<string>("--format")
        {
            Description = "md (default), html, json or csv.",
            DefaultValueFactory = _ => "md",
        };
        lkeFormat.AcceptOnlyFromAmong("md", "html", "json", "csv");
        var lkeOutput = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var lke = new Command("lke", "Score an LKE worksheet: each komponen and sub-komponen, the Nilai SAKIP and its predikat, and the single steps that would raise it most.")
        {
            worksheet, lkeReport, lkeFormat, lkeOutput,
        };
        lke.SetAction(parse => Lke(parse.GetValue(worksheet)!, parse.GetValue(lkeReport), parse.GetValue(lkeFormat)!, parse.GetValue(lkeOutput), output, error));

        var reviewFiles = new Argument<string[]>("files") { Description = "Report files or folders of them.", Arity = ArgumentArity.OneOrMore };
        var language = new Option<string>("--lang") { Description = "The language of the findings: id (default) or en.", DefaultValueFactory = _ => "id" };
        language.AcceptOnlyFromAmong("id", "en");
        var review = new Command("review", "Every figure the report printed that the rules do not give; exit 0 when clean, 1 with findings, 2 for invalid input.")
        {
            reviewFiles, language, year,
        };
        review.SetAction(parse => Review(parse.GetValue(reviewFiles) ?? [], parse.GetValue(language) == "en", parse.GetValue(year), output, error));

        var validateFiles = new Argument<string[]>("files") { Description = "Report files or folders of them.", Arity = ArgumentArity.OneOrMore };
        var validate = new Command("validate", "Whether each file is a report file; the error names the JSON path or the field.") { validateFiles };
        validate.SetAction(parse => Validate(parse.GetValue(validateFiles) ?? [], output, error));

        var schema = new Command("schema", "Print the JSON Schema of the report file.");
        schema.SetAction(_ => Schema(output));

        var csv = new Argument<string>("file") { Description = "A CSV of raw survey answers (U1..U9 columns, 1-4; optional layanan and respondent columns); - reads standard input." };
        var definition = new Option<string>("--definition") { Description = "The questionnaire: 14-2017 (PermenPANRB 14/2017, default) or 25-2004 (Kepmenpan 25/2004).", DefaultValueFactory = _ => "14-2017" };
        definition.AcceptOnlyFromAmong("14-2017", "25-2004");
        var ikm = new Command("ikm", "The IKM of a survey export, per layanan and combined, with the weakest unsur and the respondents' profile.")
        {
            csv, definition,
        };
        ikm.SetAction(parse => Ikm(parse.GetValue(csv)!, parse.GetValue(definition) == "25-2004"
            ? Measurement.Ikm.IkmDefinition.Kepmenpan25Tahun2004 : Measurement.Ikm.IkmDefinition.PermenPanRb14Tahun2017, input, output, error));

        var target = new Argument<string>("file") { Description = "Where to write the template (not overwritten if it exists).", DefaultValueFactory = _ => "laporan.json" };
        var init = new Command("init", "Write a small report file to fill in: one indicator, one budget line, three printed figures, with notes on each part.") { target };
        init.SetAction(parse => Init(parse.GetValue(target)!, output, error));

        return new RootCommand("sakip: the Bab III tables of an LKIP report and a review of every figure it printed." + Examples)
        {
            report, review, validate, schema, ikm, init, lke,
        };
    }

    private static int Report(string[] paths, string format, string? outputPath, int? year, string? lkePath, bool showProgress, TextWriter output, TextWriter error)
    {
        var files = paths.Length == 0 ? [Path.Combine(AppContext.BaseDirectory, "samples", "kencong-2025.json")] : Files(paths, error);
        if (files is null)
        {
            return ExitInvalidInput;
        }
        var progress = new Progress(showProgress && files.Count > 1 ? error : null, files.Count);
        var reports = new List<(Lkip Report, ReviewResult Review)>();
        bool failed = false;
        foreach (string file in files)
        {
            progress.Next(file);
            if (Load(file, year, error) is not { } lkip)
            {
                failed = true;
                continue;
            }
            reports.Add((lkip, LkipReview.Review(lkip)));
        }
        progress.Done();
        LkeEvaluation? evaluation = null;
        if (failed || (lkePath is not null && (evaluation = LoadLke(lkePath, error)) is null))
        {
            return ExitInvalidInput;
        }
        if (evaluation is not null && !reports.Any(r => ReportBuilder.Evaluates(evaluation, r.Report)))
        {
            return Fail(error, lkePath!, $"the worksheet evaluates {evaluation.Unit} {evaluation.Year}, which is none of the reports");
        }
        return Write(ReportBuilder.Build(reports, evaluation), format, outputPath, output, error);
    }

    private static int Lke(string path, string? reportPath, string format, string? outputPath, TextWriter output, TextWriter error)
    {
        if (LoadLke(path, error) is not { } evaluation)
        {
            return ExitInvalidInput;
        }
        ReviewResult? review = null;
        if (reportPath is not null)
        {
            if (Load(reportPath, null, error) is not { } report)
            {
                return ExitInvalidInput;
            }
            if (!ReportBuilder.Evaluates(evaluation, report))
            {
                return Fail(error, reportPath, $"the report is {report.Unit.Name} {report.Year}, but the worksheet evaluates {evaluation.Unit} {evaluation.Year}");
            }
            review = LkipReview.Review(report);
        }
        return Write(ReportBuilder.BuildLke(evaluation, review), format, outputPath, output, error);
    }

    // Lays the document out whole before writing any of it, so a failure leaves no partial table behind.
    private static int Write(ReportDocument built, string format, string? outputPath, TextWriter output, TextWriter error)
    {
        using var document = new StringWriter(CultureInfo.InvariantCulture) { NewLine = output.NewLine };
        switch (format)
        {
            case "html":
                HtmlRenderer.Write(document, built);
                break;
            case "json":
                JsonRenderer.Write(document, built);
                break;
            case "csv":
                CsvRenderer.Write(document, built);
                break;
            default:
                MarkdownRenderer.Write(document, built);
                break;
        }
        if (outputPath is null)
        {
            output.Write(document.ToString());
            return ExitOk;
        }
        try
        {
            File.WriteAllText(outputPath, document.ToString());
            return ExitOk;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(error, outputPath, $"cannot write the file: {OneLine(ex.Message)}");
        }
    }

    private static int Review(string[] paths, bool english, int? year, TextWriter output, TextWriter error)
    {
        if (Files(paths, error) is not { } files)
        {
            return ExitInvalidInput;
        }
        int code = ExitOk;
        foreach (string file in files)
        {
            if (Load(file, year, error) is not { } lkip)
            {
                code = ExitInvalidInput;
                continue;
            }
            var review = LkipReview.Review(lkip);
            output.WriteLine(english
                ? string.Create(CultureInfo.InvariantCulture, $"{file}: {review.Findings.Count} findings ({review.CheckedFigures} printed figures and {review.CheckedAggregates} printed sums checked)")
                : string.Create(CultureInfo.InvariantCulture, $"{file}: {review.Findings.Count} temuan ({review.CheckedFigures} angka tercetak dan {review.CheckedAggregates} jumlah tercetak diperiksa)"));
            // Grouped by the table or paragraph of the first place each finding concerns, in report order.
            foreach (var group in review.Findings.GroupBy(f => f.Locations[0].Table ?? f.Locations[0].Paragraph ?? string.Empty))
            {
                output.WriteLine($"  {group.Key}");
                foreach (var finding in group)
                {
                    string lines = string.Join(", ", finding.Lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"L{l}")));
                    output.WriteLine($"    {lines}: {(english ? finding.ExplanationEnglish : finding.Explanation)}");
                }
            }
            if (code == ExitOk && !review.IsClean)
            {
                code = ExitFindings;
            }
        }
        return code;
    }

    private static int Validate(string[] paths, TextWriter output, TextWriter error)
    {
        if (Files(paths, error) is not { } files)
        {
            return ExitInvalidInput;
        }
        int code = ExitOk;
        foreach (string file in files)
        {
            if (Load(file, null, error) is { } lkip)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{file}: valid — {lkip.Unit.Name} {lkip.Year}, {lkip.Printed.Count} printed figures, {lkip.Aggregates.Count} printed sums, {lkip.Scales.Count} printed scales"));
            }
            else
            {
                code = ExitInvalidInput;
            }
        }
        return code;
    }

    private static int Ikm(string path, Measurement.Ikm.IkmDefinition definition, TextReader input, TextWriter output, TextWriter error)
    {
        try
        {
            // The export is streamed line by line: memory stays bounded however many respondents.
            using var reader = path == "-" ? null : new StreamReader(path);
            var result = Measurement.Ikm.IkmCsvReader.Read(reader ?? input, definition);
            using var document = new StringWriter(CultureInfo.InvariantCulture) { NewLine = output.NewLine };
            IkmWriter.Write(document, path == "-" ? "(standard input)" : path, result);
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
            return Fail(error, path, $"cannot read the file: {OneLine(ex.Message)}");
        }
        catch (SakipDataException ex)
        {
            return Fail(error, path, OneLine(ex.Message));
        }
    }

    private static int Schema(TextWriter output)
    {
        output.Write(Resource("report-format.schema.json"));
        return ExitOk;
    }

    private static int Init(string path, TextWriter output, TextWriter error)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            return Fail(error, path, "the file exists already; give another name (init never overwrites)");
        }
        try
        {
            File.WriteAllText(path, Resource("laporan-baru.json"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(error, path, $"cannot write the file: {OneLine(ex.Message)}");
        }
        output.WriteLine($"{path}: written. Fill it in from your report, then: sakip validate {path} && sakip review {path}");
        return ExitOk;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"'{name}' is not embedded in the tool: a fault in its build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Files as given, and the *.json files of each folder in name order; null when one is missing.
    private static List<string>? Files(string[] paths, TextWriter error)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                var json = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray();
                if (json.Length == 0)
                {
                    Fail(error, path, "the folder holds no .json report file");
                    return null;
                }
                files.AddRange(json);
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }

    // Reads a report file; a failure is one line on the error stream naming the file, and null.
    private static Lkip? Load(string path, int? year, TextWriter error) =>
        Read(path, "report file", stream => LkipJson.Read(stream, new LkipJsonOptions { Year = year is int y ? new FiscalYear(y) : null }), error,
            year is null ? null : "--year");

    // Reads an LKE worksheet file; a failure is one line naming the file, and null.
    private static LkeEvaluation? LoadLke(string path, TextWriter error) => Read(path, "LKE worksheet file", LkeJson.Read, error);

    // Reads a file with the library's reader; any failure — missing, unreadable, not the format,
    // invalid content, or (with an option named) an option the file cannot take — is one line on
    // the error stream naming the file, and null.
    private static T? Read<T>(string path, string kind, Func<Stream, T> read, TextWriter error, string? option = null)
        where T : class
    {
        try
        {
            using var stream = File.OpenRead(path);
            return read(stream);
        }
        catch (FileNotFoundException)
        {
            Fail(error, path, "file not found");
        }
        catch (DirectoryNotFoundException)
        {
            Fail(error, path, "file not found (no such directory)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(error, path, $"cannot read the file: {OneLine(ex.Message)}");
        }
        catch (LkipFormatException ex)
        {
            Fail(error, path, OneLine(ex.Message).Replace("invalid report file", "invalid " + kind, StringComparison.Ordinal));
        }
        catch (SakipDataException ex)
        {
            Fail(error, path, OneLine(ex.Message));
        }
        catch (ArgumentOutOfRangeException ex) when (option is not null)
        {
            Fail(error, path, $"{option}: {OneLine(ex.Message)}");
        }
        return null;
    }

    private static int Fail(TextWriter error, string path, string message)
    {
        error.WriteLine($"sakip: {path}: {message}");
        return ExitInvalidInput;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
