using System;
using System.Linq;
using Xunit;

namespace Sakip.Measurement.Tests.Model;

public class ModelValidationTests
{
    [Fact]
    public void Renstra_ValidData_KeepsEverythingInOrder()
    {
        var r = Fixtures.Mayang();
        Assert.Equal(["S1", "S2", "S3", "S4"], r.AllSasaran.Select(s => s.Code));
        Assert.Equal("IK3", r.FindIndikator("IK3")!.Code);
        Assert.Equal(Fixtures.Mayang(), r);
    }

    [Fact]
    public void Renstra_RealisasiOutsideThePeriod_ThrowsNamingTheYear()
    {
        var stray = new Indikator("IKX", "x", "%", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(new FiscalYear(2030), realisasi: IndicatorValue.FromNumber(5m))]);
        var ex = Assert.Throws<SakipDataException>(() => new Renstra("R", new RenstraPeriod(2021, 2026),
            [new Tujuan("T1", "t", [stray], [])]));
        Assert.Equal("2030", ex.Value);
        Assert.Contains("IKX", ex.FieldPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Renstra_DuplicateIndicatorCode_Throws()
    {
        var ex = Assert.Throws<SakipDataException>(() => new Renstra("R", new RenstraPeriod(2021, 2026),
            [new Tujuan("T1", "t", [], [new Sasaran("S1", "s", [Fixtures.Numeric("IK1", 1m, 1m), Fixtures.Numeric("IK1", 2m, 2m)])])]));
        Assert.Equal("IK1", ex.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Indikator_BlankName_Throws(string name) =>
        Assert.Throws<ArgumentException>(() => new Indikator("IK1", name, "%", Polarity.Positive, TargetKind.SingleValue, []));

    [Fact]
    public void Indikator_SameYearTwice_Throws() =>
        Assert.Throws<SakipDataException>(() => new Indikator("IK1", "x", "%", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(Fixtures.Y2023), new IndicatorYear(Fixtures.Y2023)]));

    [Fact]
    public void Indikator_TargetOfAnotherKind_Throws()
    {
        var ex = Assert.Throws<SakipDataException>(() => new Indikator("IK1", "x", "%", Polarity.Positive, TargetKind.Range,
            [new IndicatorYear(Fixtures.Y2023, pkTarget: Target.Of(5m))]));
        Assert.Contains("PkTarget", ex.FieldPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Indikator_NonPositiveWeight_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Indikator("IK1", "x", "%", Polarity.Positive, TargetKind.SingleValue, [], weight: 0m));

    [Fact]
    public void IndicatorYear_KeepsPkAndPkPerubahanSideBySide()
    {
        var y = new IndicatorYear(Fixtures.Y2023, renstraTarget: Target.Of(85m), pkTarget: Target.Of(100m), pkPerubahanTarget: Target.Of(93m));
        Assert.Equal(Target.Of(93m), y.EffectiveTarget);
        Assert.Equal(Target.Of(100m), y.GetTarget(TargetSource.Pk));
        Assert.Equal(Target.Of(85m), y.GetTarget(TargetSource.Renstra));
    }

    [Fact]
    public void Indikator_QuarterlyRealisasi_RollsUpByMethod_MissingIsNotZero()
    {
        var ind = new Indikator("IK1", "Laporan", "laporan", Polarity.Positive, TargetKind.SingleValue,
            [
                new IndicatorYear(Fixtures.Y2022, pkTarget: Target.Of(20m), quarterlyRealisasi: new QuarterlyValues(4m, 5m, 6m, null)),
                new IndicatorYear(Fixtures.Y2023, pkTarget: Target.Of(20m), quarterlyRealisasi: new QuarterlyValues(4m, 5m, 6m, 3m)),
            ],
            QuarterlyAggregation.Sum);
        Assert.Equal(IndicatorValue.FromNumber(18m), ind.GetRealisasi(Fixtures.Y2023));
        Assert.Equal(90m, Capaian.ForYear(ind, Fixtures.Y2023, CapaianPolicy.Capped100).Value);
        Assert.Null(ind.GetRealisasi(Fixtures.Y2022)); // triwulan IV missing: no year, not 75 %
        Assert.Equal(CapaianStatus.NoRealisasi, Capaian.ForYear(ind, Fixtures.Y2022, CapaianPolicy.Capped100).Status);
    }

    [Fact]
    public void Indikator_QuarterCapaian_UsesThatQuartersTargetAndRealisasi()
    {
        var ind = new Indikator("IK1", "Laporan", "laporan", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(Fixtures.Y2023, pkTarget: Target.Of(20m),
                quarterlyRealisasi: new QuarterlyValues(4m, 6m, null, null),
                quarterlyTargets: new QuarterlyValues(5m, 5m, 5m, 5m))],
            QuarterlyAggregation.Sum);
        Assert.Equal(80m, Capaian.ForQuarter(ind, Fixtures.Y2023.Quarter(1), CapaianPolicy.Capped100).Value);
        Assert.Equal(120m, Capaian.ForQuarter(ind, Fixtures.Y2023.Quarter(2), CapaianPolicy.Uncapped).Raw);
        Assert.Equal(CapaianStatus.NoRealisasi, Capaian.ForQuarter(ind, Fixtures.Y2023.Quarter(3), CapaianPolicy.Capped100).Status);
        Assert.Equal(CapaianStatus.NoTarget, Capaian.ForQuarter(ind, Fixtures.Y2022.Quarter(1), CapaianPolicy.Capped100).Status);
    }

    [Fact]
    public void Indikator_NegativeTarget_ThrowsAtConstruction()
    {
        var ex = Assert.Throws<SakipDataException>(() => new Indikator("IK1", "x", "%", Polarity.Positive, TargetKind.Range,
            [new IndicatorYear(Fixtures.Y2023, pkTarget: Target.Range(-1m, 1m))]));
        Assert.Contains("PkTarget", ex.FieldPath, StringComparison.Ordinal);
    }

    [Fact]
    public void PerangkatDaerah_TransitionYear_HasTwoRenstra()
    {
        var old = new Renstra("Renstra 2021-2026", new RenstraPeriod(2021, 2026), []);
        var next = new Renstra("Renstra 2025-2029", new RenstraPeriod(2025, 2029), []);
        var unit = new PerangkatDaerah("Kecamatan Kencong", [old, next]);
        Assert.Equal(2, unit.RenstraFor(new FiscalYear(2025)).Count);
        Assert.Single(unit.RenstraFor(new FiscalYear(2027)));
        Assert.Throws<SakipDataException>(() => new PerangkatDaerah("x", [old, old]));
    }
}
