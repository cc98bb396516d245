namespace PolicyBot.Retrieve.Lexical;

/// <summary>
/// Words that shape a question but never name what it is about (多少, 什么, 哪个, 是否, 吗, 怎么 …), and the
/// conversational filler callers use (我家, 请问, 一下). They are left out of query terms; documents rarely use them,
/// so an index would otherwise rate them as rare and telling.
/// </summary>
internal static class QueryWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "多少", "什么", "哪个", "哪些", "哪里", "哪儿", "哪", "哪家", "哪一年", "哪年", "哪号", "几", "几个", "几年", "几种", "几项",
        "是否", "吗", "呢", "吧", "啊", "呀", "么", "嘛", "哦", "怎么", "怎样", "怎么样", "如何", "为什么", "为啥", "啥", "咋",
        "能不能", "能否", "可不可以", "可以", "有没有", "是不是", "会不会", "要不要", "该不该", "还是", "或者",
        "的", "了", "着", "过", "地", "得", "和", "与", "及", "或", "也", "都", "就", "还", "又", "再", "才", "但", "而",
        "是", "有", "在", "对", "把", "被", "给", "让", "从", "向", "到", "跟", "比", "这", "那", "这个", "那个", "这些", "那些",
        "这块", "那块", "这种", "那种", "这样", "那样", "这次", "这期", "那次", "这里", "那里", "这儿", "那儿", "其中",
        "我", "我们", "我家", "咱们", "咱", "你", "你们", "您", "他", "她", "它", "他们", "她们", "自己", "人家", "大家",
        "请问", "问", "想问", "想", "一下", "一个", "一些", "具体", "到底", "究竟", "大概", "一般", "现在", "听说", "说", "讲",
        "里", "里面", "中", "上", "下", "之", "个", "些", "要", "能", "会", "该", "得", "需要", "应该",
        "分别", "主要", "一共", "总共", "具体指", "指", "意思", "说法", "规定", "要求", "怎么办", "办法",
        "文件", "文里", "文中", "里说", "提到", "说的", "讲的", "管吗", "吗？",
    };

    public static bool IsQuestionWord(string word) => Words.Contains(word);
}
