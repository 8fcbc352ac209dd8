<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="35" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="37" />
        <source>The examples X and labels Y the network learns from</source>
        <translation>网络用来学习的样本 X 和标签 Y</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="51" />
        <source>two classes</source>
        <translation>两类</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="51" />
        <source>{C} classes</source>
        <translation>{C} 类</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="52" />
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="53" />
        <source>m_train = {train}, m_dev = {dev} · n_x = {n_x} · {task}</source>
        <translation>m_train = {train}，m_dev = {dev} · n_x = {n_x} · {task}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="58" />
        <source>Choose dataset</source>
        <translation>选择数据集</translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="264" />
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="312" />
        <source>Add layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="265" />
        <source>Add a hidden layer just before the output layer (Ctrl+Insert)</source>
        <translation>在输出层之前添加一个隐藏层（Ctrl+Insert）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="266" />
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="267" />
        <source>Insert a hidden layer before the selected one (Insert)</source>
        <translation>在选中的层之前插入一个隐藏层（Insert）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="268" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="269" />
        <source>Remove the selected hidden layer (Delete)</source>
        <translation>删除选中的隐藏层（Delete）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="270" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="271" />
        <source>Move the selected hidden layer towards the input (Ctrl+Up)</source>
        <translation>把选中的隐藏层移向输入层（Ctrl+Up）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="272" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="273" />
        <source>Move the selected hidden layer towards the output (Ctrl+Down)</source>
        <translation>把选中的隐藏层移向输出层（Ctrl+Down）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="274" />
        <source>Units of the selected hidden layer; arrow keys step, holding them makes one undo step</source>
        <translation>选中隐藏层的单元数；用方向键调整，连续调整只算一步撤销</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="280" />
        <source>Choose a preset network…</source>
        <translation>选择预设网络…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="320" />
        <source>Insert layer</source>
        <translation>插入层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="327" />
        <source>There is no hidden layer to remove: this is logistic regression.</source>
        <translation>没有可删除的隐藏层：现在是逻辑回归。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="331" />
        <source>Remove layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="342" />
        <source>Move layer</source>
        <translation>移动层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="356" />
        <source>Preset: {name}</source>
        <translation>预设：{name}</translation>
    </message>
</context>
<context>
    <name>LayerTableModel</name>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="69" />
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="69" />
        <source>Units n[l]</source>
        <translation>单元数 n[l]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="69" />
        <source>Activation g[l]</source>
        <translation>激活函数 g[l]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="88" />
        <source>input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="88" />
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="88" />
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="103" />
        <source>n[0] = n_x: one input unit per feature of the dataset. It follows the dataset.</source>
        <translation>n[0] = n_x：数据集的每个特征对应一个输入单元，由数据集决定。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="105" />
        <source>n[L] follows the task: 1 sigmoid unit for two classes, C softmax units for C classes.</source>
        <translation>n[L] 由任务决定：两类用 1 个 sigmoid 单元，C 类用 C 个 softmax 单元。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="107" />
        <source>Type the number of units n[{l}] and press Enter.</source>
        <translation>输入单元数 n[{l}] 后按回车。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="109" />
        <source>Choose the activation g[{l}] of this layer.</source>
        <translation>选择这一层的激活函数 g[{l}]。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="134" />
        <source>Change g[L]</source>
        <translation>更改 g[L]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="140" />
        <source>n[{l}] must be a whole number, not “{text}”</source>
        <translation>n[{l}] 必须是整数，而不是“{text}”</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="143" />
        <source>Set n[{l}]</source>
        <translation>设置 n[{l}]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="145" />
        <source>Change g[{l}]</source>
        <translation>更改 g[{l}]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="108" />
        <source>visualnet — see the math of deep networks</source>
        <translation>visualnet — 看懂深度神经网络的数学</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="109" />
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="110" />
        <source>Matrix shapes</source>
        <translation>矩阵形状</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="111" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="112" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="113" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="114" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="115" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="116" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="117" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="118" />
        <source>Shape &amp;quiz</source>
        <translation>形状测验(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="119" />
        <source>Hide the numbers of the shapes and ask for them</source>
        <translation>隐藏形状中的数字并提问</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="120" />
        <source>Reset &amp;layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="121" />
        <source>Reset &amp;settings…</source>
        <translation>重置设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="122" />
        <source>&amp;About visualnet</source>
        <translation>关于 visualnet(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="129" />
        <source>L = {L} · {count} parameters · m = {m} · dataset: {name}</source>
        <translation>L = {L} · {count} 个参数 · m = {m} · 数据集：{name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="168" />
        <location filename="../../visualnet/app/main_window.py" line="175" />
        <location filename="../../visualnet/app/main_window.py" line="178" />
        <source>Reset settings</source>
        <translation>重置设置</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="169" />
        <source>Forget the window layout and your last choices, and go back to the demo network?</source>
        <translation>忘记窗口布局和上次的选择，回到演示网络吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="181" />
        <source>About visualnet</source>
        <translation>关于 visualnet</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="182" />
        <source>visualnet shows why the math of deep L-layer networks works: every shape, every pass, every step of training, computed by its own NumPy engine in the notation of Andrew Ng's course.</source>
        <translation>visualnet 展示深层 L 层神经网络的数学为什么成立：每个形状、每次传播、每一步训练，都由它自己的 NumPy 引擎计算，并采用吴恩达课程的记号。</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../visualnet/app/texts.py" line="15" />
        <source>Planar flower (course)</source>
        <translation>平面花朵（课程）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="16" />
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="17" />
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="18" />
        <source>XOR</source>
        <translation>异或 (XOR)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="19" />
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="20" />
        <source>Gaussian blobs</source>
        <translation>高斯团簇</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="21" />
        <source>n-bit parity</source>
        <translation>n 位奇偶校验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="22" />
        <source>Handwritten digits (8×8)</source>
        <translation>手写数字 (8×8)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="23" />
        <source>Digits 0 vs 1</source>
        <translation>数字 0 与 1</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="33" />
        <source>Logistic regression (L = 1)</source>
        <translation>逻辑回归 (L = 1)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="34" />
        <source>One hidden layer (4 tanh units)</source>
        <translation>单隐藏层（4 个 tanh 单元）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="35" />
        <source>The course's 4-layer network (20, 7, 5)</source>
        <translation>课程中的 4 层网络 (20, 7, 5)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="36" />
        <source>Deep and narrow (8 layers of 6)</source>
        <translation>深而窄（8 层，每层 6 个）</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../visualnet/app/widgets/network_view.py" line="474" />
        <source>input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view.py" line="474" />
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view.py" line="474" />
        <source>output</source>
        <translation>输出层</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../visualnet/app/session.py" line="197" />
        <source>n[{l}] must be a whole number of at least 1</source>
        <translation>n[{l}] 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="199" />
        <source>n[{l}] = {n} is more units than any computer can hold</source>
        <translation>n[{l}] = {n} 个单元，任何计算机都放不下</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="201" />
        <source>g[{l}] = {g} cannot be used in a hidden layer</source>
        <translation>g[{l}] = {g} 不能用于隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="203" />
        <source>the output layer of this dataset cannot use {g}</source>
        <translation>这个数据集的输出层不能使用 {g}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="206" />
        <source>this network needs {need} for its parameters; the memory budget is {budget}</source>
        <translation>这个网络的参数需要 {need} 内存；内存预算为 {budget}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="234" />
        <source>unknown initialization {name}</source>
        <translation>未知的初始化方法 {name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="417" />
        <source>The cost became {value} at iteration {i}: the learning rate {lr} is too large for this network. Training stopped and kept the parameters of the last finite step; try a smaller learning rate.</source>
        <translation>代价在第 {i} 次迭代时变成了 {value}：学习率 {lr} 对这个网络太大了。训练已停止，并保留了最后一次有限值时的参数；请尝试更小的学习率。</translation>
    </message>
</context>
<context>
    <name>ShapePanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="357" />
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="358" />
        <source>Hide the numbers and ask for shapes</source>
        <translation>隐藏数字，提问形状</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="359" />
        <source>Shape quiz</source>
        <translation>形状测验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="360" />
        <source>(rows, columns)</source>
        <translation>(行, 列)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="361" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="362" />
        <source>Show answer</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="363" />
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="376" />
        <source>{count} parameters ({memory}) · caches for m = {m}: {caches}</source>
        <translation>{count} 个参数（{memory}）· m = {m} 个样本的缓存：{caches}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="380" />
        <source>One training step holds about {total} at its peak: the parameters, their gradients and the caches</source>
        <translation>一次训练步骤的峰值内存约为 {total}：参数、参数的梯度和缓存</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="503" />
        <source>Type two whole numbers, like (7, 20)</source>
        <translation>请输入两个整数，例如 (7, 20)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="510" />
        <source>Right: {symbol} is {numeric} = {symbolic}</source>
        <translation>正确：{symbol} 的形状是 {numeric} = {symbolic}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="524" />
        <source>Answer: {symbol} is {numeric} = {symbolic}</source>
        <translation>答案：{symbol} 的形状是 {numeric} = {symbolic}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="539" />
        <source>Not quite: rows come first. {symbol} has {rows} rows and {cols} columns</source>
        <translation>不太对：行数在前。{symbol} 有 {rows} 行、{cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="542" />
        <source>Not quite: {symbol} has {rows} rows and a single column</source>
        <translation>不太对：{symbol} 有 {rows} 行，只有一列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="545" />
        <source>Not quite: {symbol} has {rows} rows and one column per example, {cols}</source>
        <translation>不太对：{symbol} 有 {rows} 行，每个样本一列，共 {cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="548" />
        <source>Not quite: {symbol} has the same shape as {W}: {rows} rows and {cols} columns</source>
        <translation>不太对：{symbol} 与 {W} 形状相同：{rows} 行、{cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="550" />
        <source>Not quite: {symbol} has {rows} rows and {cols} columns</source>
        <translation>不太对：{symbol} 有 {rows} 行、{cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="557" />
        <source>What is the shape of {symbol}?</source>
        <translation>{symbol} 的形状是什么？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="558" />
        <source>{right} / {asked} right</source>
        <translation>答对 {right} / {asked}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="560" />
        <source>Read {n} in the table; m = {m}. Rows first, then columns.</source>
        <translation>在表中查看 {n}；m = {m}。先写行数，再写列数。</translation>
    </message>
</context>
<context>
    <name>ShapeTableModel</name>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="135" />
        <source>input layer: {eq}</source>
        <translation>输入层：{eq}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="136" />
        <source>output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="136" />
        <source>hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="142" />
        <source>the input: one column per example</source>
        <translation>输入：每个样本一列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="146" />
        <source>b is copied across the m = {m} columns to be added to {WA}</source>
        <translation>b 被复制到全部 m = {m} 列，再与 {WA} 相加</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="151" />
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="203" />
        <source>parameters in {W} and {b}</source>
        <translation>{W} 和 {b} 中的参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="179" />
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="179" />
        <source>{b} broadcast</source>
        <translation>{b} 广播</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="180" />
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="187" />
        <source>layer 0 is the input X, layer L the output</source>
        <translation>第 0 层是输入 X，第 L 层是输出</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="189" />
        <source>units in the layer</source>
        <translation>该层的单元数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="191" />
        <source>activation function</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="193" />
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="195" />
        <source>biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="197" />
        <source>b is copied across the m columns to be added to {WA}</source>
        <translation>b 被复制到全部 m 列，再与 {WA} 相加</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="199" />
        <source>linear outputs: {eq}</source>
        <translation>线性输出：{eq}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="201" />
        <source>activations: {eq}</source>
        <translation>激活值：{eq}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="204" />
        <source>gradient of the cost with respect to {x}</source>
        <translation>代价函数对 {x} 的梯度</translation>
    </message>
</context>
</TS>