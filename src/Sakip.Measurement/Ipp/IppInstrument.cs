using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Ipp;

/// <summary>A weighted sub-indicator of an IPP aspect, e.g. "Tersedia Standar Pelayanan" 17 %.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IppSubIndicator
{
    /// <summary>Initializes a new sub-indicator.</summary>
    /// <param name="code">The code, unique within the instrument, e.g. <c>KP1</c>.</param>
    /// <param name="name">The name.</param>
    /// <param name="weight">The weight within its aspect, in percent (0–100].</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code or name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is outside (0, 100].</exception>
    public IppSubIndicator(string code, string name, decimal weight)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        Weight = Preconditions.CheckRange(Preconditions.CheckPositive(weight), 0m, 100m);
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the weight within the aspect, in percent.</summary>
    public decimal Weight { get; }
}

/// <summary>An IPP assessment aspect with its weight and weighted sub-indicators.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IppAspect
{
    /// <summary>Initializes a new aspect.</summary>
    /// <param name="code">The code, e.g. <c>KP</c>.</param>
    /// <param name="name">The name, e.g. <c>Kebijakan Pelayanan</c>.</param>
    /// <param name="weight">The aspect's weight in the index, in percent (0–100].</param>
    /// <param name="subIndicators">The sub-indicators; their weights must sum to 100 %.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">The code or name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is outside (0, 100].</exception>
    /// <exception cref="SakipDataException">There are no sub-indicators, or their weights do not sum to 100.</exception>
    public IppAspect(string code, string name, decimal weight, IEnumerable<IppSubIndicator> subIndicators)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        Weight = Preconditions.CheckRange(Preconditions.CheckPositive(weight), 0m, 100m);
        var list = Preconditions.CheckElementsNotNull(subIndicators);
        decimal sum = list.Sum(s => s.Weight);
        if (list.IsEmpty || sum != 100m)
        {
            throw new SakipDataException($"Ipp.Aspect[{code}].SubIndicators", sum.ToString(CultureInfo.InvariantCulture),
                "the sub-indicator weights must sum to 100 %");
        }
        SubIndicators = new EquatableArray<IppSubIndicator>(list);
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the aspect's weight, in percent.</summary>
    public decimal Weight { get; }

    /// <summary>Gets the sub-indicators.</summary>
    public EquatableArray<IppSubIndicator> SubIndicators { get; }
}

/// <summary>
/// The IPP (Indeks Pelayanan Publik) assessment instrument as data: aspects and sub-indicators
/// with weights validated to sum to 100 % at each level.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IppInstrument
{
    /// <summary>Initializes a new instrument.</summary>
    /// <param name="name">The instrument's name.</param>
    /// <param name="aspects">The aspects; their weights must sum to 100 %.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="SakipDataException">The aspect weights do not sum to 100, or a code repeats.</exception>
    public IppInstrument(string name, IEnumerable<IppAspect> aspects)
    {
        Name = Preconditions.CheckNotBlank(name);
        var list = Preconditions.CheckElementsNotNull(aspects);
        decimal sum = list.Sum(a => a.Weight);
        if (list.IsEmpty || sum != 100m)
        {
            throw new SakipDataException("Ipp.Aspects", sum.ToString(CultureInfo.InvariantCulture), "the aspect weights must sum to 100 %");
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (string code in list.SelectMany(a => a.SubIndicators.Select(s => s.Code).Prepend(a.Code)))
        {
            if (!codes.Add(code))
            {
                throw new SakipDataException("Ipp.Codes", code, "the code is used twice in the instrument");
            }
        }
        Aspects = new EquatableArray<IppAspect>(list);
    }

    /// <summary>
    /// Gets the six aspects of the PermenPANRB 5/2023 form F-02 with their sub-indicators; names and
    /// weights are as printed in Kencong LKIP 2025 Tabel 2.6 (004 L415-433): Kebijakan Pelayanan 24 %,
    /// Profesionalisme SDM 25 %, Sarana dan Prasarana 18 %, Sistem Informasi Pelayanan Publik 11 %,
    /// Konsultasi dan Pengaduan 10 %, Inovasi 12 %.
    /// </summary>
    public static IppInstrument PermenPanRb5Tahun2023 { get; } = new(
        "PermenPANRB 5/2023 (form F-02)",
        [
            Aspect(
                "KP",
                "Kebijakan Pelayanan",
                24m,
                ("Tersedia Standar Pelayanan (SP) sesuai dengan ketentuan peraturan perundang-undangan yang berlaku", 17m),
                ("Proses penyusunan dan perubahan SP telah melibatkan unsur masyarakat", 14m),
                ("Jumlah media publikasi untuk komponen service delivery", 7m),
                ("Telah dilakukan peninjauan ulang secara berkala atas Standar Pelayanan dan hasil peninjauan ulang tersebut telah ditindaklanjuti", 14m),
                ("Pemenuhan siklus Maklumat Pelayanan (ketersediaan, penetapan, dan publikasi)", 10m),
                ("SKM yang dilaksanakan sesuai dengan Peraturan Menteri PANRB", 17m),
                ("Jumlah media publikasi hasil SKM", 7m),
                ("Persentase tindak lanjut hasil SKM yang ditindaklanjuti", 7m),
                ("Kecepatan tindak lanjut hasil SKM seluruh jenis pelayanan", 7m)),
            Aspect(
                "PR",
                "Profesionalisme SDM",
                25m,
                ("Tersedia waktu pelayanan yang memudahkan pengguna layanan", 10m),
                ("Tersedia Kode Etik dan Kode Perilaku Pelaksana dan/atau Budaya Pelayanan di lingkungan instansi", 20m),
                ("Tersedia mekanisme yang dibangun untuk menjaga dan meningkatkan motivasi kerja Pelaksana pelayanan", 20m),
                ("Tersedia kriteria pemberian penghargaan bagi pegawai yang berprestasi", 20m),
                ("Tersedia pelaksana yang menerapkan budaya pelayanan", 30m)),
            Aspect(
                "SP",
                "Sarana dan Prasarana",
                18m,
                ("Tersedia tempat parkir dengan fasilitas pendukung yang memadai", 15m),
                ("Tersedia ruang tunggu dengan fasilitas wajib dan pelengkap", 23m),
                ("Tersedia sarana toilet pengguna layanan yang layak pakai", 20m),
                ("Tersedia sarana prasarana bagi pengguna layanan kelompok rentan", 20m),
                ("Tersedia sarana prasarana penunjang", 11m),
                ("Sarana Front Office (FO) bagian Informasi di unit layanan", 11m)),
            Aspect(
                "SI",
                "Sistem Informasi Pelayanan Publik",
                11m,
                ("tersedia sistem informasi pelayanan publik untuk informasi publik", 30m),
                ("Tersedia sistem informasi pelayanan publik pendukung operasional pelayanan", 20m),
                ("Kualitas penggunaan SIPP Elektronik (Website/Aplikasi)", 20m),
                ("Pemuktahiran data dan informasi kanal digital", 30m)),
            Aspect(
                "KO",
                "Konsultasi dan Pengaduan",
                10m,
                ("Tersedia sarana konsultasi dan pengaduan secara tatap muka yang berkualitas", 20m),
                ("Tersedia sarana dan media konsultasi serta pengaduan yang bisa dimanfaatkan semua lapisan masyarakat", 25m),
                ("Tersedia akuntabilitas hasil konsultasi dan/atau pengaduan", 25m),
                ("Tersedia tindak lanjut atas konsultasi dan pengaduan dari semua lapisan masyarakat", 30m)),
            Aspect(
                "IN",
                "Inovasi",
                12m,
                ("Penciptaan Inovasi Pelayanan Publik", 50m),
                ("Sumber daya yang mendukung keberlanjutan Inovasi Pelayanan Publik", 50m)),
        ]);

    /// <summary>Gets the instrument's name.</summary>
    public string Name { get; }

    /// <summary>Gets the aspects.</summary>
    public EquatableArray<IppAspect> Aspects { get; }

    private static IppAspect Aspect(string code, string name, decimal weight, params (string Name, decimal Weight)[] subs) => new(
        code,
        name,
        weight,
        subs.Select((s, i) => new IppSubIndicator(
            string.Create(CultureInfo.InvariantCulture, $"{code}{i + 1}"),
            s.Name,
            s.Weight)));
}

/// <summary>The shares of the two forms in the IPP: <c>IPP = F-02 share × F-02 + F-03 share × F-03</c>.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IppComposition
{
    /// <summary>Initializes a new composition.</summary>
    /// <param name="f02Share">The share of form F-02 (assessor's review of the self-assessment), in percent.</param>
    /// <param name="f03Share">The share of form F-03 (service users' assessment), in percent.</param>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside 0–100.</exception>
    /// <exception cref="SakipDataException">The shares do not sum to 100.</exception>
    public IppComposition(decimal f02Share, decimal f03Share)
    {
        F02Share = Preconditions.CheckRange(f02Share, 0m, 100m);
        F03Share = Preconditions.CheckRange(f03Share, 0m, 100m);
        if (f02Share + f03Share != 100m)
        {
            throw new SakipDataException("Ipp.Composition", (f02Share + f03Share).ToString(CultureInfo.InvariantCulture), "the form shares must sum to 100 %");
        }
    }

    /// <summary>Gets the composition the Kencong 2025 seed states: 75 % F-02 + 25 % F-03.</summary>
    public static IppComposition Default { get; } = new(75m, 25m);

    /// <summary>Gets the share of form F-02, in percent.</summary>
    public decimal F02Share { get; }

    /// <summary>Gets the share of form F-03, in percent.</summary>
    public decimal F03Share { get; }
}
