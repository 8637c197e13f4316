using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Sakip.Measurement.Ikm;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// Budget rollup over <see cref="SubKegiatan"/> = 2 400 000 generated sub-kegiatan lines (4 000
/// programs × 20 kegiatan × 30 sub-kegiatan, about a national year), and the whole-report
/// calculation of one generated unit of realistic size.
/// </summary>
/// <remarks>
/// <para>The rollup benchmarks set <c>OperationsPerInvoke</c> to the number of sub-kegiatan, so
/// Mean and Allocated read per sub-kegiatan line. <see cref="Naive_RecursiveSums"/> is the
/// baseline: a hand-written recursion that sums pagu and realisasi and divides once per line,
/// without result rows, issues, sasaran or shares — the least any rollup must do.</para>
/// <para>Amounts come from <see cref="Random"/> with a fixed seed: pagu 1–500 juta with sen,
/// realisasi 40–105 % of it (a few lines spend more than their pagu, as Ajung 2023 does).</para>
/// </remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Budget")]
public class BudgetBenchmarks
{
    /// <summary>Programs in the generated tree.</summary>
    public const int Programs = 4_000;

    /// <summary>Kegiatan per program.</summary>
    public const int KegiatanPerProgram = 20;

    /// <summary>Sub-kegiatan per kegiatan.</summary>
    public const int SubPerKegiatan = 30;

    /// <summary>Sub-kegiatan lines in the generated tree.</summary>
    public const int SubKegiatan = Programs * KegiatanPerProgram * SubPerKegiatan;

    private BudgetTree tree = null!;
    private Lkip report = null!;

    [GlobalSetup]
    public void Setup()
    {
        tree = Generate(Programs, KegiatanPerProgram, SubPerKegiatan, 2019);
        report = Unit();
        decimal library = Rollup_Library();
        decimal naive = Naive_RecursiveSums();
        if (library != naive)
        {
            throw new InvalidOperationException($"Unit serapan differs: library {library}, naive {naive}.");
        }
    }

    /// <summary>The library: <see cref="BudgetRollup.Calculate"/> over the whole tree, result rows included.</summary>
    [Benchmark(OperationsPerInvoke = SubKegiatan)]
    public decimal Rollup_Library() => BudgetRollup.Calculate(tree).Unit.Serapan.Value;

    /// <summary>The baseline: recursive sums and one division per line, nothing kept.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = SubKegiatan)]
    public decimal Naive_RecursiveSums()
    {
        decimal pagu = 0m, realisasi = 0m;
        foreach (var program in tree.TopLines)
        {
            var (p, r) = Sum(program);
            pagu += p;
            realisasi += r;
        }
        return SerapanResult.Calculate(realisasi, pagu).Value;

        static (decimal Pagu, decimal Realisasi) Sum(BudgetItem item)
        {
            if (!item.HasChildren)
            {
                return (item.Amounts.PaguPerubahan.GetValueOrDefault(), item.Amounts.Realisasi.GetValueOrDefault());
            }
            decimal p = 0m, r = 0m;
            foreach (var child in item.Children)
            {
                var (cp, cr) = Sum(child);
                p += cp;
                r += cr;
            }
            _ = p == 0m ? 0m : r / p * 100m;
            return (p, r);
        }
    }

    /// <summary>The whole chapter III of one generated unit: capaian, predikat, means, comparisons, budget, efficiency, contribution, IKM and IPP.</summary>
    [Benchmark]
    public LkipResults WholeReport_OneUnit() => LkipCalculator.Calculate(report);

    internal static BudgetTree Generate(int programs, int kegiatan, int subs, int seed)
    {
        var random = new Random(seed);
        var list = new List<BudgetItem>(programs);
        for (int p = 0; p < programs; p++)
        {
            var ks = new BudgetItem[kegiatan];
            for (int k = 0; k < kegiatan; k++)
            {
                var ss = new BudgetItem[subs];
                for (int s = 0; s < subs; s++)
                {
                    decimal pagu = random.Next(1_000_000, 500_000_000) + (random.Next(0, 100) / 100m);
                    decimal realisasi = decimal.Round(pagu * random.Next(40, 106) / 100m, 2, MidpointRounding.AwayFromZero);
                    ss[s] = new BudgetItem($"{p}.{k}.{s}", BudgetLevel.SubKegiatan, "Sub-kegiatan", new BudgetAmounts(pagu, pagu, realisasi), []);
                }
                ks[k] = new BudgetItem($"{p}.{k}", BudgetLevel.Kegiatan, "Kegiatan", default, ss);
            }
            list.Add(new BudgetItem($"{p}", BudgetLevel.Program, "Program", default, ks));
        }
        return new BudgetTree(list);
    }

    // A kecamatan-sized unit: 4 tujuan × 2 sasaran × 3 indicators, 6 programs × 4 kegiatan × 3
    // sub-kegiatan with one output each, every figure printed twice.
    private static Lkip Unit()
    {
        var year = new FiscalYear(2023);
        var random = new Random(2023);
        Indikator Indicator(string code) => new(code, "Indikator " + code, "%", Polarity.Positive, TargetKind.SingleValue,
        [
            new IndicatorYear(new FiscalYear(2022), realisasi: IndicatorValue.FromNumber(random.Next(60, 100))),
            new IndicatorYear(year, pkTarget: Target.Of(random.Next(80, 100)), realisasi: IndicatorValue.FromNumber(random.Next(60, 110) + 0.25m)),
            new IndicatorYear(new FiscalYear(2026), renstraTarget: Target.Of(100m)),
        ]);
        var tujuan = Enumerable.Range(1, 4).Select(t => new Tujuan($"T{t}", $"Tujuan {t}", [],
            Enumerable.Range(1, 2).Select(s => new Sasaran($"S{t}{s}", $"Sasaran {t}.{s}",
                Enumerable.Range(1, 3).Select(i => Indicator($"IK{t}{s}{i}")))))).ToArray();
        var renstra = new Renstra("Renstra 2021-2026", new RenstraPeriod(2021, 2026), tujuan);
        var programs = Enumerable.Range(0, 6).Select(p => new BudgetItem($"P{p}", BudgetLevel.Program, "Program", default,
            Enumerable.Range(0, 4).Select(k => new BudgetItem($"P{p}.K{k}", BudgetLevel.Kegiatan, "Kegiatan", default,
                Enumerable.Range(0, 3).Select(s => new BudgetItem($"P{p}.K{k}.S{s}", BudgetLevel.SubKegiatan, "Sub-kegiatan",
                    new BudgetAmounts(null, 50_000_000m + s, 45_000_000m + k), [], outputs: [Indicator($"O{p}{k}{s}")])))))).ToArray();
        var sasaranCodes = tujuan.SelectMany(t => t.Sasaran).Select(s => s.Code).ToArray();
        var links = programs.Select((p, i) => new SasaranBudgetLink(sasaranCodes[i % sasaranCodes.Length], p.Key));
        var printed = renstra.AllIndikator.SelectMany(i => new[]
        {
            new PrintedFigure(new FigureId(FigureKind.Capaian, i.Code, year), PrintedLocation.InTable("Tabel 3.1"), "95%"),
            new PrintedFigure(new FigureId(FigureKind.Capaian, i.Code, year), PrintedLocation.InText("Bab III"), "95,00%"),
        }).ToArray();
        var policies = new LkipPolicies(CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped,
            UnitAggregation.MeanOfIndicators, PaguBasis.Perubahan, EfficiencyPolicy.GapBands());
        var ikm = IkmInput.FromCounts(new IkmCounts(IkmDefinition.PermenPanRb14Tahun2017,
            Enumerable.Repeat(new AnswerCounts(3, 12, 50, 35), 9), 100));
        return new Lkip(new PerangkatDaerah("Kecamatan", [renstra]), year, policies, new BudgetTree(programs, links),
            [], ikm, new IppInput(3.2m, 3.1m, null), printed);
    }
}
