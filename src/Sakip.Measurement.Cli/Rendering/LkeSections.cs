using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Lke;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Cli.Rendering;

/// <summary>
/// The sections of an LKE evaluation: the score per komponen and sub-komponen with the total and
/// its predikat, the 3.b criteria answered from the report (when a report is given), and the
/// what-if ranking. Scores, answers and gains are the library's (<see cref="LkeCalculator"/>,
/// <see cref="LkeReportAnswers"/>); this chooses rows and words them.
/// </summary>
internal static class LkeSections
{
    /// <summary>How many steps of the what-if ranking are shown.</summary>
    public const int WhatIfRows = 15;

    /// <summary>Builds the sections; with a review, the report-derived criteria are answered from it first.</summary>
    /// <param name="evaluation">The evaluation as the worksheet file gives it.</param>
    /// <param name="review">The review of the evaluated report, or null.</param>
    /// <param name="id">The anchor prefix of the part the sections go in.</param>
    public static IReadOnlyList<ReportSection> Build(LkeEvaluation evaluation, ReviewResult? review, string id)
    {
        var given = evaluation.Worksheet;
        var derived = review is null ? [] : LkeReportAnswers.Answer(given.Definition, review);
        var worksheet = review is null ? given : LkeReportAnswers.Fill(given, review);
        var result = LkeCalculator.Score(worksheet);
        var sections = new List<ReportSection> { Scores(worksheet.Definition, result, id, review is not null) };
        if (derived.Count > 0)
        {
            sections.Add(Derived(given, derived, id));
        }
        sections.Add(WhatIf(worksheet, id));
        return sections;
    }

    private static string Points(decimal value) => NumberPattern.Number.Format(value);

    private static ReportSection Scores(LkeDefinition definition, LkeResult result, string id, bool filled)
    {
        var rows = new List<ReportRow>();
        var bars = new List<Bar>();
        foreach (var k in result.Komponen)
        {
            int criteria = k.SubKomponen.Sum(s => s.Answered + s.Unanswered.Count);
            rows.Add(new ReportRow([$"{k.Code} {k.Name}", new ReportCell(Points(k.Weight), k.Weight), new ReportCell(Points(k.Value), k.Value),
                CellText.Count(k.SubKomponen.Sum(s => s.Answered)) with { Text = string.Create(CultureInfo.InvariantCulture, $"{k.SubKomponen.Sum(s => s.Answered)} dari {criteria}") },
                string.Empty], IsTotal: false));
            foreach (var s in k.SubKomponen)
            {
                rows.Add(new ReportRow([$"— {s.Code} {s.Name}", new ReportCell(Points(s.Weight), s.Weight), new ReportCell(Points(s.Value), s.Value),
                    string.Create(CultureInfo.InvariantCulture, $"{s.Answered} dari {s.Answered + s.Unanswered.Count}"),
                    s.Aggregation == LkeAggregation.RataRata ? "rata-rata" : "akumulasi"]));
                decimal share = s.Value / s.Weight * 100m;
                bars.Add(new Bar(s.Code, share, CellText.Percent(share), s.Name, Colours.Predikat(definition.PredikatScale, definition.PredikatScale.Grade(share).Band)));
            }
        }
        rows.Add(new ReportRow(["Nilai SAKIP", new ReportCell(Points(LkeDefinition.TotalWeight), LkeDefinition.TotalWeight),
            new ReportCell(Points(result.RoundTotal(2)), result.Total), string.Empty, CellText.Predikat(result.Predikat)], IsTotal: true));
        var notes = new List<string>
        {
            $"Lembar kerja {definition.Regime}; jawaban {definition.AnswerScale.Name}: "
                + string.Join("; ", definition.AnswerScale.Answers.Reverse().Select(a => $"{a.Code} = {NumberPattern.Number.WithDecimalPlaces(Math.Min((int)a.Value.Scale, 4)).Format(a.Value)}")) + ".",
            "Nilai sub-komponen: rata-rata nilai jawaban kriterianya × bobot (\"rata-rata\"), atau jumlah nilai jawaban × bobot tiap kriteria (\"akumulasi\"). Nilai komponen = jumlah sub-komponennya; Nilai SAKIP = jumlah komponen.",
            definition.Unanswered == LkeUnansweredPolicy.CountsZero ? "Kriteria yang belum dijawab dihitung 0." : "Kriteria yang belum dijawab tidak dihitung dalam rata-rata sub-komponennya.",
            $"Dihitung sebagai pecahan eksak, dibulatkan hanya saat ditampilkan; predikat dari nilai eksak pada skala {definition.PredikatScale.Name}.",
        };
        if (filled)
        {
            notes.Add("Kriteria 3.b yang dapat dijawab dari laporan diisi dari data laporan dan reviunya (lihat tabel berikut).");
        }
        if (result.Unanswered.Count > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Belum dijawab ({result.Unanswered.Count}): {string.Join(", ", result.Unanswered)}."));
        }
        var chart = new BarChart("Persentase bobot yang dicapai setiap sub-komponen; warna menurut predikat skala yang sama; garis putus-putus: 100%.", bars, 100m, 100m, "100%");
        var columns = new ReportColumn[] { new("Komponen / sub-komponen"), new("Bobot", true), new("Nilai", true), new("Kriteria dijawab", true), new("Cara") };
        return new ReportSection($"{id}-lke-nilai", "lke-nilai", $"Nilai evaluasi SAKIP (LKE {definition.Regime})", notes, new ReportTable(columns, rows), chart);
    }

    private static ReportSection Derived(LkeWorksheet given, IReadOnlyList<LkeReportAnswer> answers, string id)
    {
        var rows = answers.Select(a =>
        {
            given.Definition.TryFindCriterion(a.Criterion, out var criterion);
            return new ReportRow(
            [
                a.Criterion,
                criterion!.Text,
                given.AnswerTo(a.Criterion)?.Code ?? CellText.None,
                new ReportCell(a.Answer.Code, a.Answer.Value),
                a.Evidence,
            ]);
        }).ToArray();
        string[] notes =
        [
            "Jawaban dari laporan: langkah tertinggi skala jawaban yang nilainya tidak melebihi bagian indikator (atau sasaran) yang disajikan laporan dengan benar; yang disajikan tetapi salah menurut reviu dihitung setengah.",
            "Untuk pembanding nasional/provinsi, yang dihitung adalah indikator yang pembandingnya dikutip laporan; laporan tanpa pembanding mendapat jawaban terendah.",
        ];
        var columns = new ReportColumn[] { new("Kriteria"), new("Pertanyaan"), new("Jawaban lembar kerja"), new("Jawaban dari laporan"), new("Bukti") };
        return new ReportSection($"{id}-lke-laporan", "lke-laporan", "Kriteria 3.b dijawab dari laporan", notes, new ReportTable(columns, rows));
    }

    private static ReportSection WhatIf(LkeWorksheet worksheet, string id)
    {
        var ranking = LkeCalculator.WhatIf(worksheet);
        var rows = ranking.Take(WhatIfRows).Select((step, i) => new ReportRow(
        [
            CellText.Count(i + 1),
            step.Criterion,
            step.Text,
            step.From?.Code ?? CellText.None,
            step.To.Code,
            new ReportCell("+" + NumberPattern.Number.WithDecimalPlaces(4).Format(step.Gain), step.Gain),
            new ReportCell(Points(step.Total), step.Total),
            step.ChangesPredikat ? $"{CellText.Predikat(step.Predikat)} — naik" : CellText.Predikat(step.Predikat),
        ])).ToArray();
        var notes = new List<string>
        {
            "Tambahan Nilai SAKIP bila satu kriteria dinaikkan satu langkah jawaban (kriteria yang belum dijawab: ke jawaban terendah yang bernilai), dihitung ulang dengan tepat; terbesar lebih dahulu.",
        };
        if (ranking.Count > WhatIfRows)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{WhatIfRows} dari {ranking.Count} langkah ditampilkan."));
        }
        if (ranking.Count == 0)
        {
            notes.Add("Semua kriteria sudah pada jawaban tertinggi.");
        }
        var columns = new ReportColumn[] { new("No", true), new("Kriteria"), new("Isi kriteria"), new("Dari"), new("Ke"), new("Tambahan nilai", true), new("Nilai baru", true), new("Predikat") };
        return new ReportSection($"{id}-lke-whatif", "lke-whatif", "Langkah peningkatan nilai terbesar", notes, new ReportTable(columns, rows));
    }
}
