using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Lke;

namespace Sakip.Measurement.Tests.Lke;

/// <summary>Worksheets the LKE tests share.</summary>
internal static class LkeWorksheets
{
    /// <summary>Every criterion of the 88/2021 structure answered A, except the given ones.</summary>
    public static LkeWorksheet AllABut(params (string Code, string Answer)[] except)
    {
        var definition = LkeDefinition.PermenPanRb88Tahun2021;
        var answers = definition.CriterionCodes.ToDictionary(c => c, _ => "A");
        foreach (var (code, answer) in except)
        {
            answers[code] = answer;
        }
        return new LkeWorksheet(definition, answers);
    }

    /// <summary>Every criterion of a sub-komponen of the 88/2021 structure with one answer.</summary>
    public static (string, string)[] Sub(string sub, string answer) =>
        LkeDefinition.PermenPanRb88Tahun2021.CriterionCodes.Where(c => c.StartsWith(sub + ".", System.StringComparison.Ordinal)).Select(c => (c, answer)).ToArray();

    /// <summary>A definition where the total is the number of criteria answered Y: one komponen, one sub-komponen, 100 Y/T criteria.</summary>
    public static LkeDefinition HundredPoints { get; } = new("uji: 100 kriteria Y/T",
        [new LkeKomponen("1", "Satu", 100m, [new LkeSubKomponen("a", "Semua", 100m, LkeAggregation.RataRata,
            Enumerable.Range(1, 100).Select(n => new LkeCriterion(n.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Kriteria {n}")))])],
        LkeAnswerScale.YaTidak, LkeUnansweredPolicy.CountsZero, PredikatScale.PermenPanRb88Tahun2021);

    /// <summary>A worksheet of <see cref="HundredPoints"/> with the first <paramref name="yes"/> criteria Y and the rest T.</summary>
    public static LkeWorksheet Points(int yes) =>
        new(HundredPoints, Enumerable.Range(1, 100).Select(n => KeyValuePair.Create($"1.a.{n}", n <= yes ? "Y" : "T")));
}
