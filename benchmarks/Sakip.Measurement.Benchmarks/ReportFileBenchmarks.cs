using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Sakip.Measurement.Review;
using Sakip.Measurement.Serialization;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// The report file of each bundled seed report (<c>samples/*.json</c>): reading it
/// (<see cref="LkipJson.Read(ReadOnlySpan{byte})"/>), writing it back
/// (<see cref="LkipJson.Format"/>) and reviewing it (<see cref="LkipReview.Review(Lkip)"/>:
/// recompute, then compare every printed figure). Mean and Allocated are per file.
/// </summary>
/// <remarks>
/// <para>The baseline, <see cref="Baseline_JsonDocumentParse"/>, is
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same
/// bytes: the floor any reader of the file pays. The ratio of <see cref="Read"/> says how far
/// above plain JSON parsing reading the format is.</para>
/// <para>The bytes are read once in <see cref="Setup"/> from the repository's <c>samples</c>
/// folder, found by walking up from the benchmark assembly (or the working directory) to the
/// folder holding <c>Sakip.Measurement.sln</c>. <see cref="Setup"/> also checks that reading
/// what <see cref="LkipJson.Format"/> wrote gives a report equal to the one read.</para>
/// </remarks>
[MemoryDiagnoser]
[BenchmarkCategory("ReportFile")]
public class ReportFileBenchmarks
{
    private byte[] bytes = [];
    private Lkip report = null!;

    /// <summary>Gets or sets the seed report, by file name without <c>.json</c>.</summary>
    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    /// <summary>The bundled seed reports, in the order of SEEDS.md.</summary>
    /// <returns>The file names without <c>.json</c>.</returns>
    public static IEnumerable<string> Samples() => ["mayang-2023", "ajung-2023", "patrang-2023", "kencong-2025"];

    [GlobalSetup]
    public void Setup()
    {
        bytes = File.ReadAllBytes(Path.Combine(SamplesFolder(), Sample + ".json"));
        report = LkipJson.Read(bytes);
        if (LkipJson.Parse(LkipJson.Format(report)) != report)
        {
            throw new InvalidOperationException($"{Sample}: reading what LkipJson.Format wrote does not give the report read.");
        }
    }

    /// <summary>The floor: <c>JsonDocument.Parse</c> of the same bytes, disposed (its buffers go back to the pool).</summary>
    [Benchmark(Baseline = true)]
    public JsonValueKind Baseline_JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.ValueKind;
    }

    /// <summary>The library's reader: structure check, source-generated deserialization, then the model.</summary>
    [Benchmark]
    public Lkip Read() => LkipJson.Read(bytes);

    /// <summary>The library's writer: the report read in setup to the text of a report file.</summary>
    [Benchmark]
    public string Write() => LkipJson.Format(report);

    /// <summary>The review: <see cref="LkipCalculator.Calculate"/> and every printed figure checked.</summary>
    [Benchmark]
    public ReviewResult Review() => LkipReview.Review(report);

    private static string SamplesFolder()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Sakip.Measurement.sln")))
                {
                    return Path.Combine(directory.FullName, "samples");
                }
            }
        }
        throw new DirectoryNotFoundException(
            $"No folder holding Sakip.Measurement.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");
    }
}
