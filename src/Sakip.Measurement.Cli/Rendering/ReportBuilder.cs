using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Lke;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Cli.Rendering;

/// <summary>
/// Builds the tool's <see cref="ReportDocument"/> from the library's whole-report results and its
/// review: every Bab III table (capaian and predikat per indicator and sasaran, previous years,
/// the Renstra's final-year target, benchmarks, budget realisation, efficiency, contribution, IKM
/// and IPP), each with the rule and the report's policy in notes, and each cell that shows a
/// figure the review found printed wrong linked to the finding. Figures and verdicts are the
/// library's (<see cref="LkipResults"/>, <see cref="LkipReview"/>); this only chooses the rows
/// and words them.
/// </summary>
internal sealed class ReportBuilder
{
    private readonly Lkip report;
    private readonly ReviewResult review;
    private readonly LkipResults results;
    private readonly string id;
    private readonly IReadOnlyList<FindingEntry> findings;
    private readonly List<ReportSection> sections = [];

    private ReportBuilder(Lkip report, ReviewResult review, string id)
    {
        this.report = report;
        this.review = review;
        results = review.Results;
        this.id = id;
        findings = review.Findings.Select((f, i) => new FindingEntry(string.Create(CultureInfo.InvariantCulture, $"{id}-f{i + 1}"), i + 1, f)).ToArray();
    }

    /// <summary>Builds the document of several reports, with the summary across units when there is more than one.</summary>
    /// <param name="reports">Each report with its review, in the order given.</param>
    public static ReportDocument Build(IReadOnlyList<(Lkip Report, ReviewResult Review)> reports) => Build(reports, null);

    /// <summary>Builds the document of several reports; with an LKE evaluation, its sections close the part of the report it evaluates.</summary>
    /// <param name="reports">Each report with its review, in the order given.</param>
    /// <param name="lke">An evaluation of one of the reports (same unit and year), or null.</param>
    /// <exception cref="ArgumentException">The evaluation's unit and year match none of the reports.</exception>
    public static ReportDocument Build(IReadOnlyList<(Lkip Report, ReviewResult Review)> reports, LkeEvaluation? lke)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var units = reports.Select((r, i) => Build(r.Report, r.Review, string.Create(CultureInfo.InvariantCulture, $"r{i + 1}"))).ToArray();
        if (lke is not null)
        {
            int index = reports.ToList().FindIndex(r => Evaluates(lke, r.Report));
            if (index < 0)
            {
                throw new ArgumentException($"The LKE worksheet evaluates {lke.Unit} {lke.Year}, which is not among the reports.", nameof(lke));
            }
            var unit = units[index];
            units[index] = unit with { Sections = [.. unit.Sections, .. LkeSections.Build(lke, reports[index].Review, unit.Id)] };
        }
        return new ReportDocument(units, reports.Count > 1 ? Summary(reports, units) : null);
    }

    /// <summary>Builds the document of an LKE evaluation alone, or with the report it evaluates answering the 3.b criteria.</summary>
    /// <param name="lke">The evaluation.</param>
    /// <param name="review">The review of the evaluated report, or null.</param>
    public static ReportDocument BuildLke(LkeEvaluation lke, ReviewResult? review)
    {
        ArgumentNullException.ThrowIfNull(lke);
        var unit = new UnitDocument("e1", lke.Unit, lke.Year, LkeSections.Build(lke, review, "e1"), [], Checked: null, Subject: "evaluasi SAKIP (LKE)");
        return new ReportDocument([unit], null);
    }

    /// <summary>Whether an evaluation is of a report: the same unit (ignoring case and spaces at the ends) and year.</summary>
    public static bool Evaluates(LkeEvaluation lke, Lkip report) =>
        string.Equals(lke.Unit.Trim(), report.Unit.Name.Trim(), StringComparison.OrdinalIgnoreCase) && lke.Year == report.Year;

    /// <summary>Builds one report's part of the document.</summary>
    /// <param name="report">The report as read.</param>
    /// <param name="review">Its review (which holds its results).</param>
    /// <param name="id">The part's anchor prefix.</param>
    public static UnitDocument Build(Lkip report, ReviewResult review, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(review);
        var builder = new ReportBuilder(report, review, id);
        return builder.Build();
    }

    private UnitDocument Build()
    {
        foreach (var (renstra, index) in results.Renstra.Where(r => r.Indicators.Count > 0).Select((r, i) => (r, i + 1)))
        {
            var model = report.Unit.Renstra.First(r => r.Name == renstra.Name);
            string suffix = string.Create(CultureInfo.InvariantCulture, $"-{index}");
            AddCapaian(renstra, model, suffix);
            AddSasaran(renstra, suffix);
            AddPreviousYears(renstra, model, suffix);
            AddRenstraFinal(renstra, model, suffix);
            AddBenchmark(renstra, suffix);
            AddCascade(renstra, model, suffix);
        }
        if (results.Budget is { } budget)
        {
            AddBudget(budget);
            AddEfficiency();
            AddContribution();
        }
        AddIndices();
        string checkedText = string.Create(CultureInfo.InvariantCulture,
            $"{review.CheckedFigures} angka tercetak dibandingkan dengan hitungan, {review.CheckedAggregates} jumlah/rata-rata tercetak diperiksa.");
        return new UnitDocument(id, report.Unit.Name, report.Year, sections, findings, checkedText);
    }

    // The findings about a figure: its kind and subject, in this year (a figure printed without a year is this year's).
    private List<FindingEntry> About(FigureKind kind, string subject, FiscalYear? year = null)
    {
        var wanted = year ?? report.Year;
        return findings.Where(f => f.Finding.Figure is { } figure && figure.Kind == kind && figure.Subject == subject
            && (figure.Year ?? report.Year) == wanted).ToList();
    }

    private static ReportCell Marked(ReportCell cell, List<FindingEntry> about) => about.Count == 0 ? cell : cell with { Findings = about };

    private string Section(string kind, string suffix = "") => $"{id}-{kind}{suffix}";

    private static string OwnerText(IndicatorResult indicator, Renstra model)
    {
        var tujuan = model.Tujuan.First(t => t.Code == indicator.TujuanCode);
        return indicator.SasaranCode is string code
            ? $"{code} {tujuan.Sasaran.First(s => s.Code == code).Name}"
            : $"{tujuan.Code} (tujuan) {tujuan.Name}";
    }

    private void AddCapaian(RenstraResult renstra, Renstra model, string suffix)
    {
        var policies = results.Policies;
        bool caps = policies.Capaian.DefaultBasis == CapaianBasis.Capped;
        var columns = new List<ReportColumn> { new("No", true), new("Sasaran/Tujuan"), new("Indikator"), new("Target", true), new("Realisasi", true), new("Capaian", true) };
        if (caps)
        {
            columns.Add(new($"Capaian ({policies.Capaian.Capping.Name.ToLowerInvariant()})", true));
        }
        columns.AddRange([new("Predikat"), new("Capaian tercetak", true), new("Pemeriksaan")]);
        var rows = new List<ReportRow>();
        foreach (var (indicator, number) in renstra.Indicators.Select((x, i) => (x, i + 1)))
        {
            var cells = new List<ReportCell>
            {
                ReportCell.Empty with { Text = number.ToString(CultureInfo.InvariantCulture) },
                OwnerText(indicator, model),
                $"{indicator.IndikatorCode} {indicator.Name}",
                new(CellText.Target(indicator.Target, indicator.Satuan), indicator.Target is { Kind: not TargetKind.Range } t ? CellText.Numeric(t.Value) : null),
                new(CellText.Value(indicator.Realisasi, indicator.Satuan), CellText.Numeric(indicator.Realisasi)),
                CellText.Raw(indicator.Capaian, "tanpa target"),
            };
            if (caps)
            {
                cells.Add(CellText.OnBasis(indicator.Capaian, CapaianBasis.Capped, "tanpa target"));
            }
            cells.Add(Marked(CellText.Predikat(indicator.Predikat), About(FigureKind.Predikat, indicator.IndikatorCode)));
            var printed = indicator.Printed.FirstOrDefault(p => p.Figure.Kind == FigureKind.Capaian && (p.Figure.Year ?? report.Year) == report.Year);
            var about = About(FigureKind.Capaian, indicator.IndikatorCode);
            var cellFinding = printed is null ? null : about.FirstOrDefault(f => f.Finding.Locations[0] == printed.Location && f.Finding.Printed == printed.Text);
            cells.Add(printed is null ? ReportCell.Empty : Marked(printed.Text, cellFinding is null ? [] : [cellFinding]));
            cells.Add(Verdict(printed, cellFinding?.Finding));
            rows.Add(new ReportRow(cells));
        }
        var total = new List<ReportCell>
        {
            ReportCell.Empty, "Capaian unit", UnitMeanText(renstra.UnitCapaian), ReportCell.Empty, ReportCell.Empty,
        };
        if (caps)
        {
            // Beside the capped mean the report grades, the mean before the cap, which reviews ask for.
            var raw = CapaianAggregation.ForUnit(model, report.Year, policies.Capaian, policies.UnitMean, CapaianBasis.Raw);
            total.Add(CellText.PercentCell(raw.ValueOrNull));
        }
        total.Add(Marked(CellText.PercentCell(renstra.UnitCapaian.ValueOrNull), About(FigureKind.UnitCapaian, string.Empty)));
        total.Add(Marked(CellText.Predikat(renstra.UnitPredikat), About(FigureKind.UnitPredikat, string.Empty)));
        total.AddRange([ReportCell.Empty, ReportCell.Empty]);
        rows.Add(new ReportRow(total, IsTotal: true));

        var notes = new List<string>
        {
            $"Dokumen: {model.Name} (periode {model.Period}).",
            "Target: yang berlaku pada tahun itu — PK Perubahan; jika tidak ada, PK; jika tidak ada, target Renstra.",
            "Capaian = realisasi / target × 100 untuk indikator positif; (2 × target − realisasi) / target × 100 untuk indikator negatif" +
                (policies.Capaian.NegativeFormula == NegativeFormula.Inverse ? " menurut rumus laporan: target / realisasi × 100." : "."),
            $"Batas capaian: {policies.Capaian.Capping.Name}; predikat dan rata-rata dihitung dari capaian {(policies.GradeOn == CapaianBasis.Capped ? "yang dibatasi" : "tanpa batas")}.",
            $"Skala predikat: {policies.Scale.Name}.",
            "Capaian tercetak diperiksa oleh reviu pada ketelitian yang dicetak; temuan ditautkan pada selnya.",
        };
        var bars = renstra.Indicators.Where(i => i.Capaian.HasValue).Select(i =>
        {
            decimal value = policies.GradeOn == CapaianBasis.Raw ? i.Capaian.Raw : i.Capaian.Value;
            return new Bar(i.IndikatorCode, value, CellText.Percent(value), i.Name, Colours.Predikat(policies.Scale, i.Predikat.Band));
        }).ToArray();
        var chart = bars.Length == 0 ? null : new BarChart(
            $"Capaian per indikator tahun {report.Year}, warna menurut predikat ({policies.Scale.Name}); garis putus-putus: 100%.",
            bars, 150m, 100m, "100%");
        sections.Add(new ReportSection(Section("capaian", suffix), "capaian", $"Pengukuran kinerja tahun {report.Year} — {model.Name}", notes, new ReportTable(columns, rows), chart));
    }

    private string UnitMeanText(CapaianMean mean)
    {
        string over = results.Policies.UnitMean == UnitAggregation.MeanOfSasaran ? "rata-rata capaian sasaran" : "rata-rata capaian indikator";
        return string.Create(CultureInfo.InvariantCulture, $"{over}: {mean.Included} dihitung") +
            (mean.Excluded > 0 ? string.Create(CultureInfo.InvariantCulture, $", {mean.Excluded} tanpa capaian tidak dihitung") : string.Empty);
    }

    // The review's verdict on a printed capaian cell, worded for the table.
    private static string Verdict(PrintedFigure? printed, Finding? finding)
    {
        if (printed is null)
        {
            return string.Empty;
        }
        if (finding is null)
        {
            return CellText.DecimalsPrinted(printed.Text) > CapaianResult.DecimalPlaces
                ? string.Create(CultureInfo.InvariantCulture, $"sesuai sampai {CapaianResult.DecimalPlaces} desimal (desimal berikutnya di luar ketelitian hitungan)")
                : "sesuai";
        }
        return finding.Kind switch
        {
            FindingKind.MalformedNumber => finding.Explanation,
            FindingKind.Truncated => $"beda (dipotong, bukan dibulatkan): hitungan {finding.Computed}%",
            FindingKind.MissingFigure => $"beda: tidak tercetak; hitungan {finding.Computed}%",
            _ => $"beda: hitungan {finding.Computed}%" + (finding.AlternativePolicy is { } policy ? $" (tercetak = hasil {policy})" : string.Empty),
        };
    }

    private void AddSasaran(RenstraResult renstra, string suffix)
    {
        if (renstra.Sasaran.Count == 0)
        {
            return;
        }
        var columns = new ReportColumn[] { new("Sasaran"), new("Indikator dihitung", true), new("Capaian sasaran", true), new("Predikat") };
        var rows = renstra.Sasaran.Select(s => new ReportRow(
        [
            $"{s.SasaranCode} {s.Name}",
            CellText.Count(s.Capaian.Included),
            Marked(CellText.PercentCell(s.Capaian.ValueOrNull), About(FigureKind.SasaranCapaian, s.SasaranCode)),
            Marked(CellText.Predikat(s.Predikat), About(FigureKind.SasaranPredikat, s.SasaranCode)),
        ])).ToList();
        rows.Add(new ReportRow(["Unit", CellText.Count(renstra.UnitCapaian.Included),
            Marked(CellText.PercentCell(renstra.UnitCapaian.ValueOrNull), About(FigureKind.UnitCapaian, string.Empty)),
            Marked(CellText.Predikat(renstra.UnitPredikat), About(FigureKind.UnitPredikat, string.Empty))], IsTotal: true));
        string[] notes =
        [
            "Capaian sasaran = rata-rata capaian indikatornya" + (results.Policies.GradeOn == CapaianBasis.Capped ? " (yang dibatasi)" : string.Empty) + ", dibulatkan hanya saat dicetak.",
            results.Policies.UnitMean == UnitAggregation.MeanOfSasaran
                ? "Capaian unit = rata-rata capaian sasaran."
                : "Capaian unit = rata-rata capaian semua indikator sasaran.",
        ];
        sections.Add(new ReportSection(Section("sasaran", suffix), "sasaran", "Capaian per sasaran", notes, new ReportTable(columns, rows)));
    }

    private void AddPreviousYears(RenstraResult renstra, Renstra model, string suffix)
    {
        var policy = results.Policies.Capaian;
        var years = model.Period.Years.Where(y => y.Year <= report.Year.Year
            && renstra.Indicators.Any(i => model.FindIndikator(i.IndikatorCode)?.GetRealisasi(y) is not null)).ToArray();
        if (years.Length < 2 || report.Year.Year == model.Period.FirstYear.Year)
        {
            return;
        }
        var previous = report.Year.Previous;
        var columns = new List<ReportColumn> { new("Indikator") };
        columns.AddRange(years.Select(y => new ReportColumn($"Realisasi {y}", true)));
        columns.AddRange([new($"Capaian {previous}", true), new($"Capaian {report.Year}", true), new("Tren"), new("Keterangan")]);
        var rows = new List<ReportRow>();
        var series = new List<TrendSeries>();
        foreach (var indicator in renstra.Indicators)
        {
            var indikator = model.FindIndikator(indicator.IndikatorCode)!;
            var cells = new List<ReportCell> { $"{indicator.IndikatorCode} {indicator.Name}" };
            cells.AddRange(years.Select(y => Marked(new ReportCell(CellText.Value(indikator.GetRealisasi(y), indicator.Satuan), CellText.Numeric(indikator.GetRealisasi(y))),
                y == report.Year ? [] : About(FigureKind.Realisasi, indicator.IndikatorCode, y))));
            cells.Add(Marked(CellText.OnBasis(Capaian.ForYear(indikator, previous, policy), CapaianBasis.Raw, "tanpa target"), About(FigureKind.Capaian, indicator.IndikatorCode, previous)));
            cells.Add(CellText.Raw(indicator.Capaian, "tanpa target"));
            if (indicator.AgainstPreviousYear is { } trend)
            {
                cells.Add(CellText.Trend(trend.Direction));
                cells.Add(trend.Direction == Trend.Flat ? "tetap" : trend.IsImprovement ? "membaik" : "memburuk");
            }
            else
            {
                cells.AddRange([CellText.None, "tidak ada realisasi tahun sebelumnya"]);
            }
            rows.Add(new ReportRow(cells));
            var points = model.Period.Years.Select(y =>
            {
                var year = indikator.GetYear(y);
                // Numbers, or the scores of grades (a SAKIP grade "B (67)" plots at 67).
                decimal? realisasi = y.Year <= report.Year.Year ? CellText.Numeric(year?.Realisasi) : null;
                decimal? target = year?.RenstraTarget is { Kind: not TargetKind.Range } t ? CellText.Numeric(t.Value) : null;
                return new TrendPoint(y, realisasi, target);
            }).ToArray();
            if (points.Count(p => p.Realisasi is not null) >= 2)
            {
                series.Add(new TrendSeries(indicator.IndikatorCode, $"{indicator.Name} ({indicator.Satuan})", points));
            }
        }
        string[] notes =
        [
            "Realisasi setiap tahun periode Renstra sampai tahun laporan; capaian tiap tahun terhadap target yang berlaku pada tahun itu, tanpa batas.",
            "Tren: arah realisasi dari tahun sebelumnya; membaik bila arah itu sesuai polaritas indikator (naik untuk positif, turun untuk negatif).",
        ];
        var chart = series.Count == 0 ? null : new TrendChart(
            $"Realisasi per tahun (garis biru) terhadap target Renstra (garis abu-abu putus-putus), periode {model.Period}.", series);
        sections.Add(new ReportSection(Section("tren", suffix), "tren", "Perbandingan dengan tahun-tahun sebelumnya", notes, new ReportTable(columns, rows), chart));
    }

    private void AddRenstraFinal(RenstraResult renstra, Renstra model, string suffix)
    {
        var final = model.Period.FinalYear;
        var columns = new ReportColumn[] { new("Indikator"), new($"Target {final}", true), new($"Realisasi {report.Year}", true), new("Capaian", true) };
        var rows = renstra.Indicators.Select(indicator =>
        {
            var target = model.FindIndikator(indicator.IndikatorCode)?.GetYear(final)?.RenstraTarget;
            return new ReportRow(
            [
                $"{indicator.IndikatorCode} {indicator.Name}",
                new(CellText.Target(target, indicator.Satuan), target is { Kind: not TargetKind.Range } t ? CellText.Numeric(t.Value) : null),
                new(CellText.Value(indicator.Realisasi, indicator.Satuan), CellText.Numeric(indicator.Realisasi)),
                Marked(CellText.Raw(indicator.AgainstRenstraFinal, "tanpa target akhir"), About(FigureKind.RenstraComparison, indicator.IndikatorCode)),
            ]);
        }).ToArray();
        string[] notes = [$"Capaian terhadap target akhir Renstra = realisasi {report.Year} diukur dengan target tahun {final}, dengan rumus polaritas indikator, tanpa batas."];
        sections.Add(new ReportSection(Section("renstra", suffix), "renstra", $"Capaian terhadap target akhir Renstra ({final})", notes, new ReportTable(columns, rows)));
    }

    private void AddBenchmark(RenstraResult renstra, string suffix)
    {
        var compared = renstra.Indicators.Where(i => i.Benchmark is not null).ToArray();
        if (compared.Length == 0)
        {
            return;
        }
        var columns = new ReportColumn[] { new("Indikator"), new($"Realisasi {report.Year}", true), new("Pembanding", true), new("Sumber"), new("Selisih", true), new("Capaian terhadap pembanding", true), new("Keterangan") };
        var rows = compared.Select(indicator =>
        {
            var benchmark = indicator.Benchmark!.Value;
            return new ReportRow(
            [
                $"{indicator.IndikatorCode} {indicator.Name}",
                new(CellText.Value(indicator.Realisasi, indicator.Satuan), CellText.Numeric(indicator.Realisasi)),
                new(indicator.Realisasi is { IsNumeric: false } ? NumberPattern.Number.Format(benchmark.Benchmark) : CellText.Value(IndicatorValue.FromNumber(benchmark.Benchmark), indicator.Satuan), benchmark.Benchmark),
                indicator.BenchmarkSource ?? CellText.None,
                new(NumberPattern.Number.Format(benchmark.Gap), benchmark.Gap),
                Marked(CellText.Raw(benchmark.Capaian, "tanpa pembanding"), About(FigureKind.BenchmarkComparison, indicator.IndikatorCode)),
                benchmark.IsBetter ? "lebih baik dari pembanding" : "belum lebih baik dari pembanding",
            ]);
        }).ToArray();
        string[] notes = ["Pembanding: nilai nasional atau provinsi yang dikutip laporan. Selisih = realisasi − pembanding; capaian dengan pembanding sebagai target, menurut polaritas indikator."];
        sections.Add(new ReportSection(Section("pembanding", suffix), "pembanding", "Perbandingan dengan standar nasional/provinsi", notes, new ReportTable(columns, rows)));
    }

    private void AddCascade(RenstraResult renstra, Renstra model, string suffix)
    {
        var bySasaran = renstra.Sasaran.ToDictionary(s => s.SasaranCode, StringComparer.Ordinal);
        var roots = model.Tujuan.Select(tujuan => new TreeNode("Tujuan", $"{tujuan.Code} {tujuan.Name}", tujuan.Sasaran.Select(sasaran =>
        {
            var lines = bySasaran.TryGetValue(sasaran.Code, out var result) ? result.Contribution.Where(c => c.Depth <= 1).ToArray() : [];
            return new TreeNode("Sasaran", $"{sasaran.Code} {sasaran.Name}", Nest(lines, 0, 0, lines.Length));
        }).ToArray())).ToArray();
        if (roots.Length == 0)
        {
            return;
        }
        string[] notes = ["Pohon kinerja: tujuan → sasaran → program → kegiatan yang mendukungnya, menurut peta anggaran laporan."];
        var chart = new TreeChart($"Cascading kinerja: {model.Name}, menurut peta anggaran laporan.", roots);
        sections.Add(new ReportSection(Section("cascade", suffix), "cascade", "Cascading tujuan, sasaran dan program", notes, Table: null, chart));
    }

    // Lines [from, to) at the given depth, each with the deeper lines that follow it as its children.
    private static TreeNode[] Nest(ContributionResult[] lines, int depth, int from, int to)
    {
        var nodes = new List<TreeNode>();
        for (int i = from; i < to; i++)
        {
            if (lines[i].Depth != depth)
            {
                continue;
            }
            int end = i + 1;
            while (end < to && lines[end].Depth > depth)
            {
                end++;
            }
            nodes.Add(new TreeNode(Level(lines[i].Level), lines[i].Name, Nest(lines, depth + 1, i + 1, end)));
        }
        return [.. nodes];
    }

    private static string Level(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => "Program",
        BudgetLevel.Kegiatan => "Kegiatan",
        _ => "Sub-kegiatan",
    };

    private ReportCell[] Amounts(string subject, BudgetFigures figures) =>
    [
        Marked(CellText.Amount(figures.PaguMurni), About(FigureKind.PaguMurni, subject)),
        Marked(CellText.Amount(figures.PaguPerubahan), About(FigureKind.PaguPerubahan, subject)),
        Marked(CellText.Amount(figures.Realisasi), About(FigureKind.RealisasiAnggaran, subject)),
        Marked(CellText.PercentCell(figures.Serapan.ValueOrNull), About(FigureKind.Serapan, subject)),
        Marked(CellText.Amount(figures.Sisa), About(FigureKind.Sisa, subject)),
    ];

    private void AddBudget(BudgetRealisation budget)
    {
        var columns = new ReportColumn[] { new("Kode"), new("Program / kegiatan / sub-kegiatan"), new("Pagu APBD", true), new("Pagu P-APBD", true), new("Realisasi", true), new("Serapan", true), new("Sisa", true) };
        var rows = budget.Rows.Select(row => new ReportRow(
            [row.Code ?? row.Key, string.Concat(Enumerable.Repeat("— ", row.Depth)) + row.Name, .. Amounts(row.Key, row.Figures)])).ToList();
        rows.Add(new ReportRow([ReportCell.Empty, "Jumlah", .. Amounts(string.Empty, budget.Unit)], IsTotal: true));
        string[] notes =
        [
            $"Serapan = realisasi / pagu × 100, atas pagu {CellText.Pagu(budget.Basis)}; sisa = pagu − realisasi.",
            "Baris yang memiliki rincian berisi jumlah rinciannya; angka tercetak yang berbeda dari jumlah itu menjadi temuan.",
        ];
        sections.Add(new ReportSection(Section("anggaran"), "anggaran", "Realisasi anggaran", notes, new ReportTable(columns, rows)));
    }

    private void AddEfficiency()
    {
        var sasaran = results.Renstra.SelectMany(r => r.Sasaran).Where(s => s.Budget is not null).ToArray();
        if (sasaran.Length == 0)
        {
            return;
        }
        var columns = new ReportColumn[] { new("Sasaran"), new("Capaian kinerja", true), new("Serapan anggaran", true), new("Efisiensi"), new("Alasan") };
        var rows = sasaran.Select(s => new ReportRow(
        [
            $"{s.SasaranCode} {s.Name}",
            CellText.PercentCell(s.Capaian.ValueOrNull),
            CellText.PercentCell(s.Budget!.Value.Serapan.ValueOrNull),
            Marked(s.Efficiency.Label, About(FigureKind.Efficiency, s.SasaranCode)),
            s.Efficiency.Explanation,
        ])).ToList();
        var measured = results.Renstra.FirstOrDefault(r => r.Sasaran.Count > 0);
        if (measured is not null && results.Budget is { } budget)
        {
            var unit = results.Policies.Efficiency.Evaluate(measured.UnitCapaian.ValueOrNull, budget.Unit.Serapan);
            rows.Add(new ReportRow(["Unit", CellText.PercentCell(measured.UnitCapaian.ValueOrNull), CellText.PercentCell(budget.Unit.Serapan.ValueOrNull),
                Marked(unit.Label, About(FigureKind.Efficiency, string.Empty)), unit.Explanation], IsTotal: true));
        }
        string[] notes = [$"Kebijakan efisiensi laporan: {results.Policies.Efficiency}. Capaian sasaran dibandingkan dengan serapan anggaran yang mendukungnya (peta anggaran laporan)."];
        var points = sasaran.Where(s => s.Efficiency.Capaian is not null && s.Efficiency.Serapan is not null).Select(s => new ScatterPoint(
            s.SasaranCode, s.Efficiency.Serapan!.Value, s.Efficiency.Capaian!.Value,
            $"{s.Name}: capaian {CellText.Percent(s.Efficiency.Capaian.Value)}, serapan {CellText.Percent(s.Efficiency.Serapan.Value)} — {s.Efficiency.Label}",
            Colours.Efficiency(s.Efficiency.Level))).ToArray();
        var chart = points.Length == 0 ? null : new ScatterChart(
            "Serapan anggaran (mendatar) terhadap capaian kinerja (tegak) per sasaran; di atas garis diagonal, capaian melebihi serapan. Warna: hijau efisien, kuning cukup efisien, merah tidak efisien.",
            "Serapan anggaran", "Capaian kinerja", points);
        sections.Add(new ReportSection(Section("efisiensi"), "efisiensi", "Efisiensi penggunaan sumber daya", notes, new ReportTable(columns, rows), chart));
    }

    private void AddContribution()
    {
        var sasaran = results.Renstra.SelectMany(r => r.Sasaran).Where(s => s.Contribution.Count > 0).ToArray();
        if (sasaran.Length == 0)
        {
            return;
        }
        var columns = new ReportColumn[] { new("Sasaran"), new("Program / kegiatan"), new("Pagu", true), new("Realisasi", true), new("Serapan", true), new("Capaian keluaran", true), new("Efisiensi") };
        var rows = new List<ReportRow>();
        foreach (var s in sasaran)
        {
            foreach (var line in s.Contribution)
            {
                rows.Add(new ReportRow(
                [
                    line == s.Contribution[0] ? $"{s.SasaranCode} {s.Name}" : string.Empty,
                    string.Concat(Enumerable.Repeat("— ", line.Depth)) + line.Name,
                    CellText.Amount(line.Figures.Pagu),
                    CellText.Amount(line.Figures.Realisasi),
                    CellText.PercentCell(line.Figures.Serapan.ValueOrNull),
                    line.Outputs.Count == 0 ? CellText.None : CellText.PercentCell(line.OutputCapaian.ValueOrNull),
                    Marked(line.Efficiency.Label, About(FigureKind.Efficiency, line.BudgetKey)),
                ]));
            }
        }
        string[] notes =
        [
            "Kontribusi program, kegiatan dan sub-kegiatan pada sasaran: anggarannya dan capaian indikator keluarannya (rata-rata), menurut peta anggaran laporan.",
            $"Efisiensi setiap baris: capaian keluaran terhadap serapan, menurut kebijakan laporan ({results.Policies.Efficiency}).",
        ];
        sections.Add(new ReportSection(Section("kontribusi"), "kontribusi", "Kontribusi program dan kegiatan pada sasaran", notes, new ReportTable(columns, rows)));
    }

    private void AddIndices()
    {
        var rows = new List<ReportRow>();
        if (results.Ikm is { } ikm)
        {
            decimal value = ikm.RoundValue(2);
            rows.Add(new ReportRow([$"IKM ({ikm.Definition.Name})", Marked(new ReportCell(NumberPattern.Number.Format(value), ikm.Value), About(FigureKind.Ikm, string.Empty)),
                Marked($"{ikm.Mutu.Code} ({ikm.Mutu.Label})", About(FigureKind.IkmMutu, string.Empty))]));
        }
        if (results.Ipp is decimal ipp)
        {
            rows.Add(new ReportRow(["IPP", Marked(new ReportCell(NumberPattern.Number.Format(ipp), ipp), About(FigureKind.Ipp, string.Empty)), CellText.Predikat(results.IppCategory)]));
        }
        if (rows.Count == 0)
        {
            return;
        }
        var notes = new List<string>();
        if (results.Ikm is not null)
        {
            notes.Add("IKM = Σ (NRR unsur × bobot) × 25, dihitung sebagai pecahan eksak dan dibulatkan sekali ke dua desimal; mutu menurut skala kuesioner.");
        }
        if (results.Ipp is not null)
        {
            notes.Add("IPP = komposisi nilai F-02 dan F-03 menurut PermenPANRB 29/2022, dengan kategorinya.");
        }
        sections.Add(new ReportSection(Section("indeks"), "indeks", "IKM dan IPP", notes, new ReportTable([new("Indeks"), new("Nilai", true), new("Kategori")], rows)));
        if (results.Ikm is { } survey)
        {
            var unsurRows = survey.WeakestFirst.Select(e => new ReportRow(
            [
                $"{e.Element.Code} {e.Element.Name}",
                new ReportCell(NumberPattern.Number.WithDecimalPlaces(3).Format(e.Nrr), e.Nrr),
                Marked(new ReportCell(NumberPattern.Number.Format(e.Converted), e.Converted), About(FigureKind.IkmUnsur, e.Element.Code)),
                $"{e.Mutu.Code} ({e.Mutu.Label})",
            ])).ToArray();
            var bars = survey.WeakestFirst.Select(e => new Bar(e.Element.Code, e.Converted, NumberPattern.Number.Format(e.Converted), e.Element.Name,
                Colours.Predikat(survey.Definition.MutuScale, e.Mutu))).ToArray();
            var chart = new BarChart("Nilai setiap unsur pelayanan (NRR × 25), terlemah di atas; garis putus-putus: IKM unit.", bars, 100m, survey.Value, "IKM");
            sections.Add(new ReportSection(Section("ikm-unsur"), "ikm-unsur", "IKM per unsur pelayanan, terlemah lebih dahulu",
                ["NRR = rata-rata nilai jawaban unsur (1–4); nilai unsur = NRR × 25."],
                new ReportTable([new("Unsur"), new("NRR", true), new("Nilai unsur", true), new("Mutu")], unsurRows), chart));
        }
    }

    private static ReportTable Summary(IReadOnlyList<(Lkip Report, ReviewResult Review)> reports, UnitDocument[] units)
    {
        var columns = new ReportColumn[] { new("Unit"), new("Tahun", true), new("Capaian unit", true), new("Predikat"), new("Serapan anggaran", true), new("Efisiensi"), new("IKM", true), new("Temuan salah", true), new("Tidak konsisten", true), new("Catatan", true) };
        var rows = reports.Select((r, i) =>
        {
            var results = r.Review.Results;
            var measured = results.Renstra.FirstOrDefault(x => x.Sasaran.Count > 0) ?? (results.Renstra.Count > 0 ? results.Renstra[0] : null);
            var serapan = results.Budget?.Unit.Serapan;
            string efficiency = measured is not null && serapan is { } s ? results.Policies.Efficiency.Evaluate(measured.UnitCapaian.ValueOrNull, s).Label : CellText.None;
            ReportCell Count(FindingSeverity severity) => CellText.Count(r.Review.Findings.Count(f => f.Severity == severity)) with { Link = units[i].FindingsId };
            return new ReportRow(
            [
                new ReportCell(r.Report.Unit.Name, Link: units[i].Id),
                new ReportCell(r.Report.Year.ToString(), r.Report.Year.Year),
                CellText.PercentCell(measured?.UnitCapaian.ValueOrNull),
                measured is null ? CellText.None : CellText.Predikat(measured.UnitPredikat),
                CellText.PercentCell(serapan?.ValueOrNull),
                efficiency,
                results.Ikm is { } ikm ? new ReportCell(NumberPattern.Number.Format(ikm.RoundValue(2)), ikm.Value) : CellText.None,
                Count(FindingSeverity.Error),
                Count(FindingSeverity.Warning),
                Count(FindingSeverity.Notice),
            ]);
        }).ToArray();
        return new ReportTable(columns, rows);
    }
}
