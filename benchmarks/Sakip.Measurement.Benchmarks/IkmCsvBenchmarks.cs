using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sakip.Measurement.Ikm;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// <see cref="IkmCsvReader.Read"/> of a generated survey export of <see cref="Rows"/> = 1 000 000
/// respondents, from UTF-8 bytes in memory through a <see cref="StreamReader"/> (decoding
/// included), to the tallies. Mean and Allocated are per row (<c>OperationsPerInvoke = Rows</c>);
/// the README turns the mean into MB/s of CSV.
/// </summary>
/// <remarks>
/// <para>The answers are those of <see cref="IkmBenchmarks"/> (same seed and mix, 3 % blank cells).
/// <see cref="Read_Answers"/> reads an export with the nine answer columns only (17,7 bytes a row);
/// <see cref="Read_WithProfile"/> one shaped like the bundled <c>samples/skm-contoh.csv</c>: layanan
/// (three services), jenis kelamin and umur before the answers, semicolon-separated (45,7 bytes a
/// row), so the reader also tallies per service and counts the profile.</para>
/// <para><see cref="Setup"/> checks both give the tally of the answers added one by one.</para>
/// </remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Ikm")]
public class IkmCsvBenchmarks
{
    /// <summary>The number of data rows.</summary>
    public const int Rows = 1_000_000;

    private static readonly IkmDefinition Definition = IkmDefinition.PermenPanRb14Tahun2017;
    private static readonly string[] Services = ["KTP elektronik", "Kartu Keluarga", "Akta Kelahiran"];

    private byte[] answersOnly = [];
    private byte[] withProfile = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(IkmBenchmarks.Seed);
        var plain = new StringBuilder("U1,U2,U3,U4,U5,U6,U7,U8,U9\n");
        var profile = new StringBuilder("Layanan;Jenis Kelamin;Umur;U1;U2;U3;U4;U5;U6;U7;U8;U9\n");
        var expected = new SurveyTally(Definition);
        var row = new int[9];
        for (int r = 0; r < Rows; r++)
        {
            profile.Append(Services[r % 3]).Append(r % 2 == 0 ? ";Perempuan;" : ";Laki-laki;").Append(18 + (r % 60));
            for (int e = 0; e < 9; e++)
            {
                int unanswered = random.Next(100);
                int p = random.Next(100);
                row[e] = unanswered < 3 ? 0 : p < 3 ? 1 : p < 15 ? 2 : p < 65 ? 3 : 4;
                if (e > 0)
                {
                    plain.Append(',');
                }
                profile.Append(';');
                if (row[e] != 0)
                {
                    plain.Append((char)('0' + row[e]));
                    profile.Append((char)('0' + row[e]));
                }
            }
            plain.Append('\n');
            profile.Append('\n');
            if (row.AsSpan().ContainsAnyExcept(0))
            {
                expected.AddRespondent(row);
            }
        }
        answersOnly = Encoding.UTF8.GetBytes(plain.ToString());
        withProfile = Encoding.UTF8.GetBytes(profile.ToString());
        var counts = expected.ToCounts();
        if (Read(answersOnly).Combined != counts || Read(withProfile).Combined != counts)
        {
            throw new InvalidOperationException("The CSV reader's tally differs from the answers added one by one.");
        }
        Console.WriteLine($"// CSV sizes: answers only {answersOnly.Length} bytes, with profile {withProfile.Length} bytes");
    }

    /// <summary>The nine answer columns only.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public long Read_Answers() => Read(answersOnly).RowsAccepted;

    /// <summary>Layanan, jenis kelamin and umur, then the nine answers, separated by semicolons.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public long Read_WithProfile() => Read(withProfile).RowsAccepted;

    private static IkmCsvResult Read(byte[] csv)
    {
        using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8);
        return IkmCsvReader.Read(reader, Definition);
    }
}
