using System;
using System.IO;
using System.Linq;
using NodaTime;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The examples of docs/concepts.md: the SAKIP structure built in code, and the same data read from a report file.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class ConceptsExamples
{
    [Fact]
    public void A_Renstra_built_in_code_measures_the_PK_Perubahan_target_and_keeps_the_others()
    {
        using var run = new ExampleRun();

        // begin-snippet: concepts-structure
        // Mayang 2023, sasaran S3: the Renstra planned 85 for 2023, the PK Perubahan agreed 80.
        var fasilitas = new Indikator(
            "IKU-3", "Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan", "%",
            Polarity.Positive, TargetKind.SingleValue,
            [
                new IndicatorYear(new FiscalYear(2022), renstraTarget: Target.Of(80m), pkTarget: Target.Of(80m),
                    realisasi: IndicatorValue.FromNumber(91.15m)),
                new IndicatorYear(new FiscalYear(2023), renstraTarget: Target.Of(85m), pkPerubahanTarget: Target.Of(80m),
                    realisasi: IndicatorValue.FromNumber(89m)),
                new IndicatorYear(new FiscalYear(2026), renstraTarget: Target.Of(80m)),
            ]);
        var renstra = new Renstra("Renstra 2021-2026 (Sesudah Perubahan)", new RenstraPeriod(2021, 2026),
        [
            new Tujuan("T2", "Meningkatnya penataan organisasi pemerintah daerah dan tata laksana", indikator: [],
                sasaran: [new Sasaran("S3", "Meningkatnya Fasilitas Kesejahteraan Masyarakat di Kecamatan", [fasilitas])]),
        ]);
        var mayang = new PerangkatDaerah("Kecamatan Mayang", [renstra]);

        var year = new FiscalYear(2023);                     // 1 January – 31 December 2023 (NodaTime dates)
        Target? inForce = fasilitas.GetYear(year)!.EffectiveTarget;                        // 80: PK Perubahan, else PK, else Renstra
        CapaianResult capaian = Capaian.ForYear(fasilitas, year, CapaianPolicy.Capped100);  // 89 / 80: raw 111,25, counted 100
        CapaianResult againstRenstra = Capaian.ForYear(fasilitas, year, CapaianPolicy.Capped100, TargetSource.Renstra);
        // 89 / 85: raw 104,7058823529411765, counted 100
        // end-snippet

        Assert.Equal(80m, inForce!.Value.Value.Number);
        Assert.Equal((111.25m, 100m, CapAdjustment.Ceiling), (capaian.Raw, capaian.Value, capaian.Adjustment));
        Assert.Equal((104.7058823529411765m, 100m), (againstRenstra.Raw, againstRenstra.Value));
        Assert.Equal(new LocalDate(2023, 1, 1), year.Start);
        Assert.Equal(new LocalDate(2023, 12, 31), year.End);
        Assert.Equal(renstra, Assert.Single(mayang.RenstraFor(year)));
    }

    [Fact]
    public void The_report_file_holds_the_same_structure_with_the_budget_and_the_cascade_map()
    {
        using var run = new ExampleRun();

        // begin-snippet: concepts-report-file
        using var file = File.OpenRead("samples/kencong-2025.json");
        Lkip kencong = LkipJson.Read(file);

        // 2025 is a transition year: both Renstra contain it, and each gets its own tables.
        foreach (Renstra renstra in kencong.Unit.RenstraFor(kencong.Year))
        {
            Console.WriteLine($"{renstra.Name} ({renstra.Period.FirstYear.Year}-{renstra.Period.FinalYear.Year}): " +
                $"{renstra.Tujuan.Count} tujuan, {renstra.AllSasaran.Count()} sasaran, {renstra.AllIndikator.Count()} indikator");
        }

        // The budget of the year: program → kegiatan → sub-kegiatan, and which lines serve which sasaran.
        BudgetTree budget = kencong.Budget!;
        Console.WriteLine($"{budget.TopLines.Count} programs, {budget.AllItems.Count()} budget lines, {budget.Links.Count} sasaran links");

        // Output:
        // Renstra (Perubahan) 2021-2026 (2021-2026): 2 tujuan, 4 sasaran, 6 indikator
        // Renstra 2025-2029 (2025-2029): 1 tujuan, 2 sasaran, 4 indikator
        // 4 programs, 26 budget lines, 8 sasaran links
        // end-snippet

        run.AssertPrintedAsShownIn("concepts-report-file");
    }
}
