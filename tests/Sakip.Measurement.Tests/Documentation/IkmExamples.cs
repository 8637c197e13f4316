using System;
using System.IO;
using System.Linq;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked examples of docs/calculators/ikm.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class IkmExamples
{
    [Fact]
    public void The_survey_export_gives_the_IKM_per_layanan_and_for_the_unit_weakest_unsur_first()
    {
        using var run = new ExampleRun();

        // begin-snippet: ikm-csv
        using var csv = File.OpenText("samples/skm-contoh.csv");
        IkmCsvResult survey = IkmCsvReader.Read(csv, IkmDefinition.PermenPanRb14Tahun2017);
        Console.WriteLine($"{survey.RowsRead} rows read, {survey.RowsAccepted} accepted");
        foreach (SurveyRowError error in survey.Errors)
        {
            Console.WriteLine($"  line {error.Line}, column {error.Column}: '{error.Text}' — {error.Message}");
        }

        foreach (IkmLayananCounts layanan in survey.ByLayanan)
        {
            IkmResult service = IkmCalculator.Calculate(layanan.Counts);
            Console.WriteLine($"{layanan.Layanan}: IKM {NumberPattern.Number.Format(service.RoundValue(2))} " +
                $"({service.Mutu.Code} {service.Mutu.Label}), {service.Respondents} respondents");
        }

        IkmResult unit = IkmCalculator.Calculate(survey.Combined);
        IkmElementResult weakest = unit.WeakestFirst[0];
        Console.WriteLine($"Unit: IKM {NumberPattern.Number.Format(unit.RoundValue(2))} ({unit.Mutu.Code} {unit.Mutu.Label}); " +
            $"weakest {weakest.Element.Code} {weakest.Element.Name}, NRR {NumberPattern.Number.WithDecimalPlaces(3).Format(weakest.Nrr)}");

        // Output:
        // 60 rows read, 59 accepted
        //   line 19, column U5: '5' — the answer must be 1–4 (a blank cell is an unanswered question)
        // KTP elektronik: IKM 78,75 (B Baik), 20 respondents
        // Surat keterangan: IKM 76,25 (C Kurang Baik), 20 respondents
        // Izin usaha mikro: IKM 77,19 (B Baik), 19 respondents
        // Unit: IKM 77,40 (B Baik); weakest U2 Sistem, Mekanisme dan Prosedur, NRR 2,017
        // end-snippet

        run.AssertPrintedAsShownIn("ikm-csv");
        var combined = IkmCalculator.Combine(survey.ByLayanan.Select(l => IkmCalculator.Calculate(l.Counts)));
        Assert.Equal(unit.RoundValue(2), combined.RoundValue(2));
        Assert.Equal(unit.Value, combined.Value);
    }

    [Fact]
    public void The_IKM_is_the_weighted_sum_of_the_element_averages_times_25()
    {
        // begin-snippet: ikm-formula
        // Two respondents; 0 = unanswered (the second element is left out of U8's count, never scored 0).
        var tally = new SurveyTally(IkmDefinition.PermenPanRb14Tahun2017);
        tally.AddRespondent([4, 3, 4, 4, 3, 3, 4, 0, 3]);
        tally.AddRespondent([3, 3, 4, 4, 4, 3, 4, 3, 3]);
        IkmResult ikm = IkmCalculator.Calculate(tally.ToCounts());

        IkmElementResult u1 = ikm.Elements[0];
        // u1.Nrr = (4 + 3) / 2 = 3.5, u1.Weight = 1/9, u1.WeightedNrr = 0.3888…, u1.Converted = 87.5
        IkmElementResult u8 = ikm.Elements[7];
        // u8.Answers = 1, u8.Nrr = 3
        // ikm.UnitValue = Σ NRR × 1/9 = 31 / 9 = 3.4444…; ikm.Value = 3.4444… × 25 = 86.1111…
        decimal printed = ikm.RoundValue(2);   // 86.11: the exact IKM rounded once (mutu B, Baik)

        // Reports that multiply by the printed weight 0,111 get a slightly different figure:
        decimal legacy = IkmCalculator.Calculate(tally.ToCounts(), IkmWeighting.Legacy).RoundValue(2);   // 86.03
        // end-snippet

        Assert.Equal((3.5m, 87.5m), (u1.Nrr, u1.Converted));
        Assert.Equal(1m / 9m, u1.Weight);
        Assert.Equal((1L, 3m), (u8.Answers, u8.Nrr));
        Assert.StartsWith("3.444444", ikm.UnitValue.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(86.11m, printed);
        Assert.Equal(("B", "Baik"), (ikm.Mutu.Code, ikm.Mutu.Label));
        Assert.Equal(86.03m, legacy);
    }

    [Fact]
    public void The_seed_reports_IKM_are_graded_on_the_mutu_scale_and_ties_round_once()
    {
        // begin-snippet: ikm-mutu
        PredikatScale mutu = IkmDefinition.PermenPanRb14Tahun2017.MutuScale;
        // A 88,31–100 Sangat Baik; B 76,61–88,30 Baik; C 65,00–76,60 Kurang Baik; D 25,00–64,99 Tidak Baik

        string kencong = mutu.Classify(92.33m).Code;   // "A": Kencong 2025
        string mayang = mutu.Classify(88.25m).Code;    // "B": Mayang 2023
        string ajung = mutu.Classify(85m).Code;        // "B": Ajung 2023
        string patrang = mutu.Classify(80m).Code;      // "B": Patrang 2023

        // The printed two-decimal bands leave gaps; each is closed at its midpoint, so a value gets the
        // grade of the figure it is printed as: 88,305 prints as 88,31 and is A; 64,995 prints as 65,00 and is C.
        string tieA = mutu.Classify(88.305m).Code;     // "A"
        string tieC = mutu.Classify(64.995m).Code;     // "C"
        // end-snippet

        Assert.Equal(("A", "B", "B", "B"), (kencong, mayang, ajung, patrang));
        Assert.Equal(("A", "C"), (tieA, tieC));
        Assert.Equal("Sangat Baik", mutu.Classify(92.33m).Label);
    }

    [Fact]
    public void Older_reports_print_only_the_element_averages_of_fourteen_unsur()
    {
        // begin-snippet: ikm-legacy
        // Kepmenpan 25/2004: fourteen unsur, weight 1/14 (printed 0,071); a report that prints only the NRR per unsur.
        decimal[] nrr = [3.10m, 3.05m, 3.20m, 3.15m, 3.00m, 3.25m, 2.90m, 3.10m, 3.30m, 3.05m, 3.00m, 2.95m, 3.20m, 3.35m];
        IkmResult exact = IkmCalculator.FromNrr(IkmDefinition.Kepmenpan25Tahun2004, nrr);
        IkmResult printedWeights = IkmCalculator.FromNrr(IkmDefinition.Kepmenpan25Tahun2004, nrr, IkmWeighting.Legacy);
        // exact.RoundValue(2) = 77.86 (B Baik on the 2004 bands); printedWeights.RoundValue(2) = 77.39
        // end-snippet

        Assert.Equal(77.86m, exact.RoundValue(2));
        Assert.Equal(77.39m, printedWeights.RoundValue(2));
        Assert.Equal(("B", "Baik"), (exact.Mutu.Code, exact.Mutu.Label));
        Assert.Equal(14, IkmDefinition.Kepmenpan25Tahun2004.ElementCount);
        Assert.Equal(0.071m, IkmDefinition.Kepmenpan25Tahun2004.LegacyWeight);
        var bands2004 = IkmDefinition.Kepmenpan25Tahun2004.MutuScale;
        Assert.Equal("D C C B B A", string.Join(" ", new[] { 43.75m, 43.76m, 62.50m, 62.51m, 81.25m, 81.26m }.Select(v => bands2004.Classify(v).Code)));
        Assert.Equal("Tidak Baik Kurang Baik Baik Sangat Baik", string.Join(" ", new[] { 30m, 50m, 70m, 90m }.Select(v => bands2004.Classify(v).Label)));
        Assert.Null(IkmCalculator.FromNrr(IkmDefinition.PermenPanRb14Tahun2017, [3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m]).MarginOfError(1.96m, null));
    }

    [Fact]
    public void The_sample_size_follows_Krejcie_and_Morgan_and_the_margin_of_error_the_answers()
    {
        using var run = new ExampleRun();

        // begin-snippet: ikm-sample-size
        long forFifty = SampleSize.KrejcieMorgan(50);       // 44
        long forHundred = SampleSize.KrejcieMorgan(100);    // 80
        long forThousand = SampleSize.KrejcieMorgan(1000);  // 278

        // The margin of error of an IKM from raw answers, at 95 % (z = 1,96), for a population of 1.000 users:
        using var csv = File.OpenText("samples/skm-contoh.csv");
        IkmResult unit = IkmCalculator.Calculate(IkmCsvReader.Read(csv, IkmDefinition.PermenPanRb14Tahun2017).Combined);
        decimal? margin = unit.MarginOfError(1.96m, population: 1000);   // ± 1,00 points on the 25–100 scale
        // end-snippet

        Assert.Equal((44L, 80L, 278L), (forFifty, forHundred, forThousand));
        Assert.Equal("1,00", NumberPattern.Number.Format(margin!.Value));
    }

    [Fact]
    public void Answers_stored_one_byte_each_are_tallied_in_one_call()
    {
        using var run = new ExampleRun();

        // begin-snippet: ikm-bytes
        // A survey export with one byte per answer, respondent after respondent (nine per respondent).
        byte[] answers =
        [
            4, 3, 3, 4, 3, 4, 4, 3, 4,
            3, 3, 2, 3, 3, 3, 0, 3, 3, // U7 unanswered
            4, 4, 4, 4, 4, 4, 4, 4, 4,
        ];
        var tally = new SurveyTally(IkmDefinition.PermenPanRb14Tahun2017);
        tally.AddRespondents(answers); // counted with vector instructions; a bad byte is named and adds nothing
        IkmResult ikm = IkmCalculator.Calculate(tally.ToCounts());
        Console.WriteLine($"{tally.Respondents} respondents, IKM {NumberPattern.Number.Format(ikm.RoundValue(2))} ({ikm.Mutu.Code})");
        // Output:
        // 3 respondents, IKM 87,96 (B)
        // end-snippet

        run.AssertPrintedAsShownIn("ikm-bytes");
        var oneByOne = new SurveyTally(IkmDefinition.PermenPanRb14Tahun2017);
        for (int r = 0; r < 3; r++)
        {
            oneByOne.AddRespondent(answers.AsSpan(r * 9, 9).ToArray().Select(a => (int)a).ToArray());
        }
        Assert.Equal(oneByOne.ToCounts(), tally.ToCounts());
    }
}
