namespace PolicyBot.Answer;

/// <summary>What kind of fact a question asks for; a question may ask for several.</summary>
[Flags]
public enum QuestionKind
{
    /// <summary>A provision, definition or measure (是什么、怎么、有什么规定): the default.</summary>
    Measure = 0,

    /// <summary>An amount or number (多少、几、标准).</summary>
    Amount = 1,

    /// <summary>A sum of money (多少钱、奖金、补多少): must be stated in 元.</summary>
    Money = 2,

    /// <summary>A date or deadline (什么时候、哪年、期限).</summary>
    Date = 4,

    /// <summary>A department (哪个部门牵头、谁负责).</summary>
    Department = 8,

    /// <summary>A document (哪个文件、文号是多少): answered with 文号, title, issuer and date.</summary>
    Document = 16,

    /// <summary>The state of things now (现在已经有): a target (到2027年达到) does not answer it.</summary>
    CurrentState = 32,
}
