using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>
/// The documentation cannot rot: every C# block of README.md and docs/**/*.md is a snippet whose
/// code a test compiles and runs, every snippet is shown somewhere, the documents name no file
/// outside the repository, and their links lead to files that exist.
/// </summary>
public sealed partial class DocumentationSnippetTests
{
    private static readonly string[] OutsideReferences = ["../shared", "shared/seeds", "DOMAIN.md", "SEEDS.md"];

    private static readonly Lazy<IReadOnlyList<CodeBlock>> Blocks = new(() =>
        DocumentationSources.DocumentationFiles().SelectMany(DocumentationSources.CodeBlocks).ToList());

    private static readonly Lazy<IReadOnlyList<SnippetRegion>> Regions = new(DocumentationSources.Regions);

    [Fact]
    public void Every_csharp_block_of_the_documentation_names_its_snippet()
    {
        var unmarked = Blocks.Value.Where(b => b.IsCSharp && b.Snippet is null)
            .Select(b => $"{b.Where}: a csharp block without <!-- snippet: name --> above it");
        var misplaced = Blocks.Value.Where(b => !b.IsCSharp && b.Snippet is not null)
            .Select(b => $"{b.Where}: snippet '{b.Snippet}' marks a '{b.Language}' block, not a csharp one");
        var dangling = DocumentationSources.DocumentationFiles()
            .SelectMany(f => DanglingMarkers(f))
            .Select(m => $"{m.Where}: snippet marker '{m.Name}' is not followed by a code block");

        AssertNone(unmarked.Concat(misplaced).Concat(dangling));
    }

    [Fact]
    public void Every_csharp_block_is_the_code_of_its_snippet_in_the_tests()
    {
        var regions = Regions.Value.Where(r => r.Error is null).ToLookup(r => r.Name, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var block in Blocks.Value.Where(b => b.IsCSharp && b.Snippet is not null))
        {
            var region = regions[block.Snippet!].FirstOrDefault();
            if (region is null)
            {
                problems.Add($"{block.Where}: snippet '{block.Snippet}' is in no test file (tests/Sakip.Measurement.Tests/**/*.cs)");
                continue;
            }
            string? difference = Difference(DocumentationSources.SplitUsings(block.Lines).Code, DocumentationSources.Normalise(region.Lines));
            if (difference is not null)
            {
                problems.Add($"{block.Where}: snippet '{block.Snippet}' differs from its code at {region.Where}: {difference}");
            }
        }
        AssertNone(problems);
    }

    [Fact]
    public void Every_namespace_a_block_imports_is_imported_where_its_snippet_is_compiled()
    {
        var globalUsings = DocumentationSources.GlobalUsings();
        var regions = Regions.Value.ToLookup(r => r.Name, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var block in Blocks.Value.Where(b => b.IsCSharp && b.Snippet is not null))
        {
            var region = regions[block.Snippet!].FirstOrDefault();
            if (region is null)
            {
                continue;
            }
            foreach (string ns in DocumentationSources.SplitUsings(block.Lines).Namespaces)
            {
                if (!region.Imports(ns, globalUsings))
                {
                    problems.Add($"{block.Where}: snippet '{block.Snippet}' shows 'using {ns};', which {region.File} does not import");
                }
            }
        }
        AssertNone(problems);
    }

    [Fact]
    public void Every_snippet_region_is_closed_named_once_and_shown_in_the_documentation()
    {
        var shown = Blocks.Value.Where(b => b.Snippet is not null).Select(b => b.Snippet!).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        problems.AddRange(Regions.Value.Where(r => r.Error is not null).Select(r => $"{r.Where}: snippet '{r.Name}': {r.Error}"));
        problems.AddRange(Regions.Value.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"snippet '{g.Key}' is defined {g.Count()} times: {string.Join(", ", g.Select(r => r.Where))}"));
        problems.AddRange(Regions.Value.Where(r => !shown.Contains(r.Name))
            .Select(r => $"{r.Where}: snippet '{r.Name}' is shown in no document (README.md, docs/**/*.md)"));
        problems.AddRange(Regions.Value.Where(r => r.Error is null && DocumentationSources.Normalise(r.Lines).Count == 0)
            .Select(r => $"{r.Where}: snippet '{r.Name}' is empty"));
        AssertNone(problems);
    }

    [Fact]
    public void The_documentation_and_the_tests_hold_the_snippets_they_are_expected_to()
    {
        // Guards the guard: a parser that found nothing would pass every other test.
        var csharp = Blocks.Value.Where(b => b.IsCSharp).ToList();
        Assert.Contains(csharp, b => b.File == "README.md");
        Assert.Contains(csharp, b => b.File == "docs/getting-started.md");
        Assert.Contains(csharp, b => b.File.StartsWith("docs/calculators/", StringComparison.Ordinal));
        Assert.True(csharp.Count >= 40, $"only {csharp.Count} csharp blocks found");
        Assert.True(Regions.Value.Count >= 40, $"only {Regions.Value.Count} snippet regions found");
    }

    [Fact]
    public void No_document_refers_to_files_outside_the_repository()
    {
        var problems = new List<string>();
        foreach (string file in DocumentationSources.MarkdownFiles())
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (string reference in OutsideReferences.Where(r => lines[i].Contains(r, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{DocumentationSources.Relative(file)}:{i + 1}: mentions '{reference}', which is not in the repository");
                }
            }
        }
        AssertNone(problems);
    }

    [Fact]
    public void Every_relative_link_of_a_document_leads_to_a_file_of_the_repository()
    {
        var problems = new List<string>();
        foreach (string file in DocumentationSources.MarkdownFiles())
        {
            string[] lines = File.ReadAllLines(file);
            bool inFence = false;
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                }
                if (inFence)
                {
                    continue;
                }
                foreach (Match link in Link().Matches(lines[i]))
                {
                    string target = link.Groups["target"].Value;
                    if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal))
                    {
                        continue;
                    }
                    string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target.Split('#')[0]));
                    if (!path.StartsWith(DocumentationSources.Root, StringComparison.Ordinal))
                    {
                        problems.Add($"{DocumentationSources.Relative(file)}:{i + 1}: the link '{target}' leaves the repository");
                    }
                    else if (!File.Exists(path) && !Directory.Exists(path))
                    {
                        problems.Add($"{DocumentationSources.Relative(file)}:{i + 1}: the link '{target}' leads to nothing");
                    }
                }
            }
        }
        AssertNone(problems);
    }

    [Fact]
    public void The_documentation_index_links_every_page_under_docs()
    {
        string index = Path.Combine(DocumentationSources.Root, "docs", "README.md");
        string text = File.ReadAllText(index);
        var linked = Link().Matches(text).Select(m => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(index)!, m.Groups["target"].Value.Split('#')[0])))
            .ToHashSet(StringComparer.Ordinal);
        var missing = DocumentationSources.DocumentationFiles()
            .Where(f => f.StartsWith(Path.GetDirectoryName(index)!, StringComparison.Ordinal) && f != index && !linked.Contains(f))
            .Select(f => $"docs/README.md does not link {DocumentationSources.Relative(f)}");
        AssertNone(missing);
    }

    // ------------------------------------------------------------------ the checker itself

    [Fact]
    public void A_block_that_differs_from_its_snippet_is_reported_with_the_differing_line()
    {
        var block = DocumentationSources.CodeBlocks("docs/example.md",
        [
            "Text.",
            "<!-- snippet: example -->",
            "```csharp",
            "using Sakip.Measurement.Text;",
            "",
            "decimal value = NumberPattern.Percent.Parse(\"85,23%\").Value; // 85.23m",
            "```",
        ]).Single();
        var region = DocumentationSources.Regions("tests/Example.cs",
        [
            "using Sakip.Measurement.Text;",
            "namespace Sakip.Measurement.Tests.Documentation;",
            "        // begin-snippet: example",
            "        decimal value = NumberPattern.Percent.Parse(\"85,23%\").Value; // 85.24m",
            "        // end-snippet",
        ]).Single();

        Assert.Equal("example", block.Snippet);
        Assert.Equal(["Sakip.Measurement.Text"], DocumentationSources.SplitUsings(block.Lines).Namespaces);
        Assert.True(region.Imports("Sakip.Measurement.Text", new HashSet<string>()));
        Assert.True(region.Imports("Sakip.Measurement", new HashSet<string>()));
        Assert.False(region.Imports("Sakip.Measurement.Ikm", new HashSet<string>()));
        string? difference = Difference(DocumentationSources.SplitUsings(block.Lines).Code, DocumentationSources.Normalise(region.Lines));
        Assert.Equal(
            "line 1 of the block is 'decimal value = NumberPattern.Percent.Parse(\"85,23%\").Value; // 85.23m' " +
            "where the test has 'decimal value = NumberPattern.Percent.Parse(\"85,23%\").Value; // 85.24m'",
            difference);
    }

    [Fact]
    public void Indentation_and_trailing_blanks_do_not_count_as_differences()
    {
        var block = DocumentationSources.CodeBlocks("docs/example.md",
            ["<!-- snippet: x -->", "", "  ```csharp", "  int a = 1;", "", "  if (a > 0)", "  {", "      a++;", "  }   ", "  ```"]).Single();
        var region = DocumentationSources.Regions("tests/Example.cs",
            ["        // begin-snippet: x", "", "        int a = 1;", "", "        if (a > 0)", "        {", "            a++;", "        }", "", "        // end-snippet"]).Single();

        Assert.Null(Difference(DocumentationSources.SplitUsings(block.Lines).Code, DocumentationSources.Normalise(region.Lines)));
    }

    [Fact]
    public void An_unclosed_region_and_a_marker_over_another_block_are_reported()
    {
        var region = DocumentationSources.Regions("tests/Example.cs", ["// begin-snippet: open", "int a = 1;"]).Single();
        Assert.Equal("the region has no // end-snippet", region.Error);

        var block = DocumentationSources.CodeBlocks("docs/example.md", ["<!-- snippet: x -->", "```sh", "dotnet test", "```"]).Single();
        Assert.False(block.IsCSharp);
        Assert.Equal("x", block.Snippet);
    }

    private static string? Difference(IReadOnlyList<string> shown, IReadOnlyList<string> tested)
    {
        for (int i = 0; i < Math.Max(shown.Count, tested.Count); i++)
        {
            string? a = i < shown.Count ? shown[i] : null;
            string? b = i < tested.Count ? tested[i] : null;
            if (a != b)
            {
                return (a, b) switch
                {
                    (null, _) => $"the block ends after line {i}, where the test goes on with '{b}'",
                    (_, null) => $"the block goes on at line {i + 1} with '{a}', where the test ends",
                    _ => $"line {i + 1} of the block is '{a}' where the test has '{b}'",
                };
            }
        }
        return null;
    }

    private static IEnumerable<(string Where, string Name)> DanglingMarkers(string file)
    {
        string[] lines = File.ReadAllLines(file);
        var marked = DocumentationSources.CodeBlocks(file).Where(b => b.Snippet is not null).Select(b => b.Snippet!).ToList();
        foreach (var (line, name) in DocumentationSources.Markers(lines))
        {
            if (!marked.Remove(name))
            {
                yield return ($"{DocumentationSources.Relative(file)}:{line}", name);
            }
        }
    }

    private static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        if (list.Count > 0)
        {
            Assert.Fail($"{list.Count} documentation problem(s):\n" + string.Join("\n", list));
        }
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();
}
