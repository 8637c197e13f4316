namespace Sakip.Measurement.Tests.Model;

/// <summary>A small Renstra shaped like the Mayang 2023 report (seed 000), built in code.</summary>
internal static class Fixtures
{
    public static readonly FiscalYear Y2022 = new(2022);
    public static readonly FiscalYear Y2023 = new(2023);
    public static readonly FiscalYear Y2026 = new(2026);

    public static Indikator Numeric(string code, decimal target2023, decimal? realisasi2023, decimal? final = null, decimal? realisasi2022 = null, Polarity polarity = Polarity.Positive) =>
        new(code, "Indikator " + code, "%", polarity, TargetKind.SingleValue,
        [
            new IndicatorYear(Y2022, renstraTarget: Target.Of(target2023), realisasi: realisasi2022.HasValue ? IndicatorValue.FromNumber(realisasi2022.Value) : null),
            new IndicatorYear(Y2023, renstraTarget: Target.Of(target2023), pkTarget: Target.Of(target2023),
                realisasi: realisasi2023.HasValue ? IndicatorValue.FromNumber(realisasi2023.Value) : null),
            new IndicatorYear(Y2026, renstraTarget: Target.Of(final ?? target2023)),
        ]);

    public static Renstra Mayang() => new(
        "Renstra 2021-2026 (Perubahan)",
        new RenstraPeriod(2021, 2026),
        [
            new Tujuan("T1", "Meningkatnya kualitas pengelolaan keuangan", [],
                [new Sasaran("S1", "Efektifitas pencapaian target kinerja", [Numeric("IK1", 100m, 85.23m, realisasi2022: 74m)])]),
            new Tujuan("T2", "Meningkatnya penataan organisasi", [],
            [
                new Sasaran("S2", "Kepuasan masyarakat", [Numeric("IK2", 93m, 88.25m, final: 93m, realisasi2022: 89m)]),
                new Sasaran("S3", "Fasilitas kesejahteraan", [Numeric("IK3", 80m, 89m, final: 80m, realisasi2022: 91.15m)]),
                new Sasaran("S4", "Ketertiban umum", [Numeric("IK4", 100m, 100m, realisasi2022: 94.33m)]),
            ]),
        ]);
}
