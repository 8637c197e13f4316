using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>
/// The repository's documentation and the test sources that hold its code: where they are, and
/// how their C# blocks and snippet regions are read.
/// </summary>
/// <remarks>
/// <para>A C# block in a markdown file is preceded by <c>&lt;!-- snippet: name --&gt;</c> (the
/// nearest non-blank line above its fence). Its code is the region of a test file between
/// <c>// begin-snippet: name</c> and <c>// end-snippet</c>, compiled and run by the test around
/// it. The block may begin with <c>using</c> directives: they are not part of the region, and
/// the test file must import each of those namespaces (at its top, through the test project's
/// global usings, or by being inside it).</para>
/// <para>Both sides are compared after removing their common indentation, trailing white space
/// and leading or trailing blank lines.</para>
/// </remarks>
internal static partial class DocumentationSources
{
    private static readonly string[] SkippedDirectories = ["bin", "obj", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts", "node_modules"];

    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>Gets the repository root: the folder holding Sakip.Measurement.sln, found by walking up from the test assembly.</summary>
    public static string Root => RootPath.Value;

    /// <summary>Gets the test project's folder, whose sources hold the snippets.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "Sakip.Measurement.Tests");

    /// <summary>Gets a path relative to the repository root, with forward slashes.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Gets every markdown file of the repository (build output and hidden folders left out), in ordinal order.</summary>
    public static IReadOnlyList<string> MarkdownFiles() => Files(Root, "*.md");

    /// <summary>Gets the markdown files whose C# blocks must be snippets: README.md and docs/**/*.md.</summary>
    public static IReadOnlyList<string> DocumentationFiles() =>
        [Path.Combine(Root, "README.md"), .. Files(Path.Combine(Root, "docs"), "*.md")];

    /// <summary>Gets every C# source of the test project.</summary>
    public static IReadOnlyList<string> TestSources() => Files(TestProject, "*.cs");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sakip.Measurement.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Sakip.Measurement.sln.");
    }

    private static List<string> Files(string directory, string pattern)
    {
        var found = new List<string>();
        Collect(new DirectoryInfo(directory), pattern, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Collect(DirectoryInfo directory, string pattern, List<string> found)
    {
        found.AddRange(directory.EnumerateFiles(pattern).Select(f => f.FullName));
        foreach (var child in directory.EnumerateDirectories())
        {
            if (!child.Name.StartsWith('.') && !SkippedDirectories.Contains(child.Name, StringComparer.OrdinalIgnoreCase))
            {
                Collect(child, pattern, found);
            }
        }
    }

    // ------------------------------------------------------------------ markdown

    /// <summary>Reads the fenced code blocks of a markdown file, with the snippet marker above each.</summary>
    public static IReadOnlyList<CodeBlock> CodeBlocks(string file) => CodeBlocks(Relative(file), File.ReadAllLines(file));

    /// <summary>Reads the fenced code blocks of markdown text.</summary>
    public static IReadOnlyList<CodeBlock> CodeBlocks(string name, IReadOnlyList<string> lines)
    {
        var blocks = new List<CodeBlock>();
        for (int i = 0; i < lines.Count; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }
            string fence = open.Groups["fence"].Value;
            string language = open.Groups["language"].Value;
            int start = i;
            var body = new List<string>();
            for (i++; i < lines.Count && !IsClosingFence(lines[i], fence); i++)
            {
                body.Add(lines[i]);
            }
            blocks.Add(new CodeBlock(name, start + 1, language, MarkerAbove(lines, start), body));
        }
        return blocks;
    }

    /// <summary>Reads every snippet marker of markdown text, with its line, whether or not a C# block follows it.</summary>
    public static IEnumerable<(int Line, string Name)> Markers(IReadOnlyList<string> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            var marker = Marker().Match(lines[i]);
            if (marker.Success)
            {
                yield return (i + 1, marker.Groups["name"].Value);
            }
        }
    }

    private static bool IsClosingFence(string line, string fence)
    {
        string trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    private static string? MarkerAbove(IReadOnlyList<string> lines, int fenceIndex)
    {
        for (int i = fenceIndex - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }
            var marker = Marker().Match(lines[i]);
            return marker.Success ? marker.Groups["name"].Value : null;
        }
        return null;
    }

    // ------------------------------------------------------------------ test sources

    /// <summary>Reads the snippet regions of every test source.</summary>
    public static IReadOnlyList<SnippetRegion> Regions() => TestSources().SelectMany(f => Regions(Relative(f), File.ReadAllLines(f))).ToList();

    /// <summary>Reads the snippet regions of one source text; an unclosed or nested region is a region with an error.</summary>
    public static IReadOnlyList<SnippetRegion> Regions(string name, IReadOnlyList<string> lines)
    {
        var imports = new HashSet<string>(StringComparer.Ordinal);
        string? fileNamespace = null;
        foreach (string line in lines)
        {
            var import = UsingDirective().Match(line);
            if (import.Success && !line.StartsWith(' '))
            {
                imports.Add(import.Groups["namespace"].Value);
            }
            var declared = NamespaceDeclaration().Match(line);
            if (declared.Success)
            {
                fileNamespace ??= declared.Groups["namespace"].Value;
            }
        }

        var regions = new List<SnippetRegion>();
        for (int i = 0; i < lines.Count; i++)
        {
            var begin = BeginSnippet().Match(lines[i]);
            if (!begin.Success)
            {
                continue;
            }
            int start = i;
            var body = new List<string>();
            string? error = null;
            for (i++; ; i++)
            {
                if (i == lines.Count)
                {
                    error = "the region has no // end-snippet";
                    break;
                }
                if (EndSnippet().IsMatch(lines[i]))
                {
                    break;
                }
                if (BeginSnippet().IsMatch(lines[i]))
                {
                    error = $"a region begins inside it at line {i + 1}";
                    i--;
                    break;
                }
                body.Add(lines[i]);
            }
            regions.Add(new SnippetRegion(begin.Groups["name"].Value, name, start + 1, body, imports, fileNamespace ?? "", error));
        }
        return regions;
    }

    /// <summary>Reads the namespaces the test project imports globally.</summary>
    public static IReadOnlySet<string> GlobalUsings()
    {
        var imports = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in TestSources())
        {
            foreach (string line in File.ReadLines(file))
            {
                var import = GlobalUsingDirective().Match(line);
                if (import.Success)
                {
                    imports.Add(import.Groups["namespace"].Value);
                }
            }
        }
        return imports;
    }

    /// <summary>Returns the lines without their common indentation, trailing white space and leading or trailing blank lines.</summary>
    public static IReadOnlyList<string> Normalise(IEnumerable<string> lines)
    {
        var trimmed = lines.Select(l => l.TrimEnd()).ToList();
        int indent = trimmed.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var result = trimmed.Select(l => l.Length == 0 ? l : l[indent..]).SkipWhile(l => l.Length == 0).ToList();
        while (result.Count > 0 && result[^1].Length == 0)
        {
            result.RemoveAt(result.Count - 1);
        }
        return result;
    }

    /// <summary>Splits the using directives off the top of a C# block: the namespaces, and the code after them.</summary>
    public static (IReadOnlyList<string> Namespaces, IReadOnlyList<string> Code) SplitUsings(IReadOnlyList<string> lines)
    {
        var normalised = Normalise(lines);
        var namespaces = new List<string>();
        int i = 0;
        for (; i < normalised.Count; i++)
        {
            var import = UsingDirective().Match(normalised[i]);
            if (!import.Success)
            {
                break;
            }
            namespaces.Add(import.Groups["namespace"].Value);
        }
        return (namespaces, Normalise(normalised.Skip(i)));
    }

    [GeneratedRegex(@"^\s*(?<fence>`{3,}|~{3,})\s*(?<language>[^\s`]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*snippet:\s*(?<name>[\w.-]+)\s*-->\s*$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*//\s*begin-snippet:\s*(?<name>[\w.-]+)\s*$")]
    private static partial Regex BeginSnippet();

    [GeneratedRegex(@"^\s*//\s*end-snippet\s*$")]
    private static partial Regex EndSnippet();

    [GeneratedRegex(@"^\s*using\s+(?:static\s+)?(?<namespace>[A-Za-z_][\w.]*)\s*;\s*(?://.*)?$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^\s*global\s+using\s+(?<namespace>[A-Za-z_][\w.]*)\s*;")]
    private static partial Regex GlobalUsingDirective();

    [GeneratedRegex(@"^\s*namespace\s+(?<namespace>[A-Za-z_][\w.]*)")]
    private static partial Regex NamespaceDeclaration();
}

/// <summary>A fenced code block of a markdown file.</summary>
/// <param name="File">The file, relative to the repository root.</param>
/// <param name="Line">The line of the opening fence (1-based).</param>
/// <param name="Language">The fence's info string, e.g. <c>csharp</c>.</param>
/// <param name="Snippet">The snippet name of the marker above the fence, or <see langword="null"/>.</param>
/// <param name="Lines">The lines between the fences.</param>
internal sealed record CodeBlock(string File, int Line, string Language, string? Snippet, IReadOnlyList<string> Lines)
{
    /// <summary>Gets a value indicating whether the block is C#.</summary>
    public bool IsCSharp => Language.ToUpperInvariant() is "CSHARP" or "CS" or "C#";

    /// <summary>Gets where the block is, for messages.</summary>
    public string Where => $"{File}:{Line}";
}

/// <summary>The code of a test file between <c>// begin-snippet: name</c> and <c>// end-snippet</c>.</summary>
/// <param name="Name">The snippet's name.</param>
/// <param name="File">The test file, relative to the repository root.</param>
/// <param name="Line">The line of the begin marker (1-based).</param>
/// <param name="Lines">The lines between the markers.</param>
/// <param name="FileImports">The namespaces the file imports at its top.</param>
/// <param name="FileNamespace">The file's namespace.</param>
/// <param name="Error">Why the region is malformed, or <see langword="null"/>.</param>
internal sealed record SnippetRegion(string Name, string File, int Line, IReadOnlyList<string> Lines, IReadOnlySet<string> FileImports, string FileNamespace, string? Error)
{
    /// <summary>Gets where the region is, for messages.</summary>
    public string Where => $"{File}:{Line}";

    /// <summary>Gets whether code in this file sees a namespace without a qualifier.</summary>
    public bool Imports(string ns, IReadOnlySet<string> globalUsings) =>
        FileImports.Contains(ns) || globalUsings.Contains(ns) || FileNamespace == ns || FileNamespace.StartsWith(ns + ".", StringComparison.Ordinal);
}
