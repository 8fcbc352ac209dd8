<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CostPlot</name>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="185"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="186"/>
        <source>Show train and dev accuracy on the right-hand axis (0 to 1)</source>
        <translation>在右侧坐标轴（0 到 1）上显示训练集和开发集的准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="187"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="188"/>
        <source>A logarithmic cost axis: slow progress late in training stays visible</source>
        <translation>代价轴改用对数刻度：训练后期的缓慢下降也看得清</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="189"/>
        <source>Clear runs</source>
        <translation>清除历史运行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="190"/>
        <source>Forget the faded curves of earlier runs</source>
        <translation>清除之前各次运行留下的淡色曲线</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="191"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="192"/>
        <source>Save the plot as a PNG image or the costs as a CSV table</source>
        <translation>把图保存为 PNG 图片，或把代价保存为 CSV 表格</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="195"/>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="196"/>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="197"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="384"/>
        <source>(other network)</source>
        <translation>（其他网络）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="388"/>
        <source>train J</source>
        <translation>训练集 J</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="389"/>
        <source>dev J</source>
        <translation>开发集 J</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="391"/>
        <source>train accuracy</source>
        <translation>训练集准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="392"/>
        <source>dev accuracy</source>
        <translation>开发集准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="435"/>
        <source>The costs span {n} powers of ten: on this axis the late ones look like 0. Log scale shows them all.</source>
        <translation>代价跨越了 {n} 个数量级：在这条坐标轴上，后期的代价看起来都像 0。对数坐标能把它们全部显示出来。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="522"/>
        <source>Train the network to see its cost J fall.</source>
        <translation>训练网络，看代价 J 如何下降。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="524"/>
        <source>iteration {i}</source>
        <translation>第 {i} 次迭代</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="526"/>
        <source>train J = {value}</source>
        <translation>训练集 J = {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="527"/>
        <source>dev J = {value}</source>
        <translation>开发集 J = {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="529"/>
        <source>train accuracy = {value}</source>
        <translation>训练集准确率 = {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="530"/>
        <source>dev accuracy = {value}</source>
        <translation>开发集准确率 = {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="548"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="548"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="548"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="549"/>
        <source>Export the cost plot</source>
        <translation>导出代价曲线图</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="558"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="145"/>
        <source>Scale the features</source>
        <translation>缩放特征</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="170"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="171"/>
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="173"/>
        <source>The column that holds what to predict (y); the others are the features x. Choose another to read the table again with it as the label.</source>
        <translation>存放要预测的量（y）的那一列；其余各列是特征 x。选另一列，就以它为标签重新读取这张表。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="175"/>
        <source>classes</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="176"/>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="177"/>
        <source>Whether the labels are classes to tell apart (softmax or sigmoid output, cross-entropy) or quantities to predict (linear output, squared error)</source>
        <translation>标签是要区分的类别（softmax 或 sigmoid 输出，交叉熵），还是要预测的数量（线性输出，平方误差）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="179"/>
        <source>Feature scaling</source>
        <translation>特征缩放</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="181"/>
        <source>How each feature of X is brought to a similar range before training, measured on the training examples and applied unchanged to the dev set. Gradient descent needs it when features differ in scale by orders of magnitude.</source>
        <translation>训练前把 X 的每个特征缩放到相近的范围：在训练样本上测量，再原样用于开发集。各特征的尺度相差几个数量级时，梯度下降需要它。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="184"/>
        <source>Standardize: (x − mean) / deviation</source>
        <translation>标准化：(x − 均值) / 标准差</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="185"/>
        <source>Min–max: into 0 … 1</source>
        <translation>最小–最大：缩放到 0 … 1</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="185"/>
        <source>÷ 255 (8-bit pixels)</source>
        <translation>÷ 255（8 位像素）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="186"/>
        <source>None: as read</source>
        <translation>不缩放：按读入的原样</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="194"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="196"/>
        <source>Open your own dataset: CSV, NumPy .npz, MNIST IDX, the course&apos;s .h5 (the arrow: a folder of images)</source>
        <translation>打开你自己的数据集：CSV、NumPy .npz、MNIST IDX、课程的 .h5（点箭头：打开图片文件夹）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="197"/>
        <source>Open folder of images…</source>
        <translation>打开图片文件夹…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="198"/>
        <source>A folder with one sub-folder of images per class</source>
        <translation>每个类别一个子文件夹、其中放图片的文件夹</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="199"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="211"/>
        <source>The course&apos;s planar flower: two classes of petals no straight line separates.</source>
        <translation>课程中的平面花朵：两类花瓣，任何一条直线都分不开。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="212"/>
        <source>Two interleaved half circles.</source>
        <translation>两个相互交错的半圆。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="213"/>
        <source>A ring around a disc: the classes differ by distance from the centre.</source>
        <translation>圆环包围着圆盘：两类的区别在于到中心的距离。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="214"/>
        <source>Exclusive or: four clusters, class 1 where x₁ and x₂ have opposite signs.</source>
        <translation>异或：四个簇，x₁ 与 x₂ 符号相反处为类别 1。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="215"/>
        <source>Spiral arms, one class each: hard for shallow networks.</source>
        <translation>螺旋臂，每条一类：浅层网络很难学会。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="216"/>
        <source>Gaussian blobs, one class each: straight lines can separate them.</source>
        <translation>高斯团，每团一类：直线就能把它们分开。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="217"/>
        <source>Regression: the tent map composed k times, a sawtooth of 2ᵏ linear pieces on [0, 1].</source>
        <translation>回归：帐篷映射复合 k 次，在 [0, 1] 上是由 2ᵏ 段直线组成的锯齿波。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="218"/>
        <source>All n-bit patterns; class 1 when the number of 1 bits is odd.</source>
        <translation>全部 n 位比特模式；1 的个数为奇数时为类别 1。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="219"/>
        <source>1,797 handwritten digits of 8×8 pixels, ten classes.</source>
        <translation>1,797 个 8×8 像素的手写数字，共十类。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="220"/>
        <source>The handwritten images of two digits (0 and 1), two classes.</source>
        <translation>两个数字（0 和 1）的手写图像，两类。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="254"/>
        <source>Read from {file}.</source>
        <translation>读取自 {file}。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="268"/>
        <source>The dev set is the test file beside it, {file} ({m} examples).</source>
        <translation>开发集是旁边的测试文件 {file}（{m} 个样本）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="271"/>
        <source>The label is the column “{name}”.</source>
        <translation>标签是“{name}”这一列。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="273"/>
        <source>Its text was read as {encoding}; if names look wrong, save it as “CSV UTF-8”.</source>
        <translation>文本按 {encoding} 编码读取；如果名称显示不对，请把文件另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="276"/>
        <source>Its first column, without a name, only numbers the rows, as pandas&apos; to_csv writes it: it was left out.</source>
        <translation>第一列没有名称，只是行号（pandas 的 to_csv 会写出这样一列），已略去。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="278"/>
        <source>Its first column (“{name}”) only numbers the rows, as pandas&apos; to_csv writes it: it was left out.</source>
        <translation>第一列（“{name}”）只是行号（pandas 的 to_csv 会写出这样一列），已略去。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="320"/>
        <source>n_x = {n_x} = {shape} pixels × {c} channels</source>
        <translation>n_x = {n_x} = {shape} 像素 × {c} 个通道</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="322"/>
        <source>n_x = {n_x} = {shape} pixels</source>
        <translation>n_x = {n_x} = {shape} 像素</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="326"/>
        <source>regression: Y holds {k} real number(s) per example</source>
        <translation>回归：每个样本的 Y 有 {k} 个实数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="335"/>
        <source>{C} classes: {names}</source>
        <translation>{C} 个类别：{names}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="352"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="353"/>
        <source>CSV text</source>
        <translation>CSV 文本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="354"/>
        <source>NumPy arrays X and Y</source>
        <translation>NumPy 数组 X 和 Y</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="355"/>
        <source>MNIST IDX</source>
        <translation>MNIST IDX</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="356"/>
        <source>The course&apos;s HDF5</source>
        <translation>课程的 HDF5</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="357"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="362"/>
        <source>Open a dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="369"/>
        <source>Open a folder of images, one sub-folder per class</source>
        <translation>打开图片文件夹（每个类别一个子文件夹）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="392"/>
        <source>an MNIST IDX file needs its partner: the images and the labels of the same examples are two files.</source>
        <translation>MNIST IDX 文件需要与之配对的文件：同一批样本的图像和标签是两个文件。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="406"/>
        <source>Choose the file that pairs with {file} (its labels, or its images)</source>
        <translation>选择与 {file} 配对的文件（它的标签或图像）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="433"/>
        <source>Reading {file}… {s} s</source>
        <translation>正在读取 {file}… {s} 秒</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="446"/>
        <source>Open {file}</source>
        <translation>打开 {file}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="452"/>
        <source>there is not enough memory to read it ({detail})</source>
        <translation>内存不足，无法读取（{detail}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="454"/>
        <source>the process reading it ended unexpectedly ({how})</source>
        <translation>读取它的进程意外结束（{how}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="459"/>
        <source>The labels of {file} do not fit: {reason}</source>
        <translation>{file} 的标签不适用：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="460"/>
        <source>Could not open {file}: {reason}</source>
        <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="344"/>
        <source>Choose dataset</source>
        <translation>选择数据集</translation>
    </message>
</context>
<context>
    <name>DatasetPreview</name>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="310"/>
        <source>Dots: training examples; rings: dev examples; colour: class.</source>
        <translation>实心点：训练样本；圆圈：开发集样本；颜色：类别。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="313"/>
        <source>The first {shown} of each set are drawn.</source>
        <translation>每个集合只画出前 {shown} 个。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="315"/>
        <source>The first training examples of each class, one column of X per picture.</source>
        <translation>每个类别的前几个训练样本，每张图是 X 的一列。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="316"/>
        <source>The first training examples, one column of X per picture.</source>
        <translation>前几个训练样本，每张图是 X 的一列。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="318"/>
        <source>X of the first {k} training examples, one column each; the strip below is their label y.</source>
        <translation>前 {k} 个训练样本的 X，每个样本一列；下方的色条是它们的标签 y。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="320"/>
        <source>example</source>
        <translation>样本</translation>
    </message>
</context>
<context>
    <name>DecisionBoundary</name>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="236"/>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="237"/>
        <source>Open large</source>
        <translation>放大查看</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="238"/>
        <source>Show this picture in a window of its own, as large as the screen allows; it follows training too</source>
        <translation>在单独的窗口中尽可能大地显示这张图；训练时它也会实时更新</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="240"/>
        <source>The decision boundary needs data with one or two features (this dataset has n_x = {n_x})</source>
        <translation>决策边界需要只有一个或两个特征的数据（这个数据集的 n_x = {n_x}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="253"/>
        <source>Colour: the class the network predicts at each point x = (x₁, x₂), its largest softmax output. Dots: the {m} training examples, coloured by their class.</source>
        <translation>颜色：网络在每个点 x = (x₁, x₂) 处预测的类别，即 softmax 输出最大的那一类。圆点：{m} 个训练样本，按其类别着色。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="256"/>
        <source>Colour: the network&apos;s output ŷ at each point x = (x₁, x₂). Dots: the {m} training examples.</source>
        <translation>颜色：网络在每个点 x = (x₁, x₂) 处的输出 ŷ。圆点：{m} 个训练样本。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="259"/>
        <source>Colour: the network&apos;s output ŷ = P(y = 1 | x) at each point x = (x₁, x₂); the decision boundary ŷ = 0.5 is where blue turns red. Dots: the {m} training examples, blue for class 0, red for class 1.</source>
        <translation>颜色：网络在每个点 x = (x₁, x₂) 处的输出 ŷ = P(y = 1 | x)；蓝色转为红色之处即决策边界 ŷ = 0.5。圆点：{m} 个训练样本，蓝色为类别 0，红色为类别 1。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="268"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="269"/>
        <source>Line: the class the network predicts at each x. Dots: the {m} training examples at their class.</source>
        <translation>曲线：网络在每个 x 处预测的类别。点：{m} 个训练样本，画在各自的类别上。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="273"/>
        <source>Line: the network&apos;s prediction ŷ(x) across the range of x, redrawn as it trains. Dots: the {m} training examples (x, y).</source>
        <translation>曲线：网络在 x 的取值范围内的预测 ŷ(x)，训练时随之重画。点：{m} 个训练样本 (x, y)。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="277"/>
        <source>Line: the network&apos;s output ŷ = P(y = 1 | x) at each x; it predicts class 1 where the line is above 0.5. Dots: the {m} training examples at y = 0 or 1.</source>
        <translation>曲线：网络在每个 x 处的输出 ŷ = P(y = 1 | x)；曲线高于 0.5 的地方预测为类别 1。点：{m} 个训练样本，画在 y = 0 或 1 处。</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="25"/>
        <source>{L} layer(s) after the input need {L} activations, got {count}</source>
        <translation>输入层之后的 {L} 层需要 {L} 个激活函数，但给了 {count} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="27"/>
        <source>{L} layers need {L} activations, got {count}</source>
        <translation>{L} 层需要 {L} 个激活函数，但给了 {count} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="29"/>
        <source>give one activation per layer, as a list, e.g. [&apos;relu&apos;, &apos;sigmoid&apos;]</source>
        <translation>请为每一层给出一个激活函数，写成列表，例如 [&apos;relu&apos;, &apos;sigmoid&apos;]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="31"/>
        <source>dtype must be float32 or float64, not {dtype}</source>
        <translation>dtype 必须是 float32 或 float64，而不是 {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="33"/>
        <source>{loss} needs a {needed} output layer, but the output layer uses {output_activation}</source>
        <translation>{loss} 需要 {needed} 输出层，但输出层用的是 {output_activation}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="35"/>
        <source>the number of examples m must be a whole number ≥ 1, got {m!r}</source>
        <translation>样本数 m 必须是 ≥ 1 的整数，但得到 {m!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="37"/>
        <source>{g} can only be the output activation, not g[{l}]</source>
        <translation>{g} 只能用作输出层的激活函数，不能用作 g[{l}]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="39"/>
        <source>the seed must be a whole number from 0 to 2**32 - 1, got {seed!r}</source>
        <translation>随机种子必须是 0 到 2**32 - 1 之间的整数，但得到 {seed!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="41"/>
        <source>n[{l}] = {n!r} is not a whole number; layer sizes count units</source>
        <translation>n[{l}] = {n!r} 不是整数；层的大小是单元的个数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="43"/>
        <source>n[{l}] = {n} must be at least 1: a layer needs a unit</source>
        <translation>n[{l}] = {n} 至少应为 1：每层至少需要一个单元</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="45"/>
        <source>layer sizes must be a list such as [n_x, n1, ..., nL]</source>
        <translation>层的大小必须是一个列表，例如 [n_x, n1, ..., nL]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="47"/>
        <source>a softmax output needs the categorical cross-entropy loss, not mean squared error</source>
        <translation>softmax 输出需要类别交叉熵损失，而不是均方误差</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="49"/>
        <source>a softmax output needs at least 2 units (one per class)</source>
        <translation>softmax 输出至少需要 2 个单元（每个类别一个）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="51"/>
        <source>a network needs at least an input and an output layer: [n_x, ..., n[L]] needs 2 entries or more, got {count}</source>
        <translation>网络至少需要一个输入层和一个输出层：[n_x, ..., n[L]] 至少要有 2 项，但只有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="54"/>
        <source>unknown activation {name!r}; choose one of: {choices}</source>
        <translation>未知的激活函数 {name!r}；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="56"/>
        <source>unknown initialization {init!r}; choose one of: {choices}</source>
        <translation>未知的初始化方式 {init!r}；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="58"/>
        <source>unknown loss {name!r}; choose one of: {choices}</source>
        <translation>未知的损失函数 {name!r}；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="60"/>
        <source>unknown optimizer {name!r}; choose one of: {choices}</source>
        <translation>未知的优化器 {name!r}；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="62"/>
        <source>the β values must be in [0, 1)</source>
        <translation>β 的取值必须在 [0, 1) 内</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="63"/>
        <source>the L2 strength λ must be ≥ 0, got {value}</source>
        <translation>L2 强度 λ 必须 ≥ 0，但得到 {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="64"/>
        <source>the learning rate α must be a positive number, got {value}</source>
        <translation>学习率 α 必须是正数，但得到 {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="66"/>
        <source>the mini-batch size must be a whole number ≥ 1, got {value}</source>
        <translation>mini-batch 大小必须是 ≥ 1 的整数，但得到 {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="68"/>
        <source>the number of iterations must be a whole number ≥ 0, got {value}</source>
        <translation>迭代次数必须是 ≥ 0 的整数，但得到 {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="70"/>
        <source>record_every must be a whole number ≥ 1, got {value}</source>
        <translation>record_every 必须是 ≥ 1 的整数，但得到 {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="72"/>
        <source>{path}, line {line}, column {number}{named} {problem}; every feature cell must be a number</source>
        <translation>{path} 第 {line} 行第 {number} 列{named}{problem}；每个特征单元格都必须是数字</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="75"/>
        <source>{path} is damaged or is not a CSV text file (it holds binary data); save it from the spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation>{path} 已损坏，或者不是 CSV 文本文件（其中含有二进制数据）；请在电子表格软件中另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="78"/>
        <source>is empty</source>
        <translation>是空的</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="79"/>
        <source>holds {cell!r}, which is not a finite number</source>
        <translation>的内容是 {cell!r}，不是有限的数字</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="81"/>
        <source> ({name!r})</source>
        <translation>（{name!r}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="82"/>
        <source>{problem} (write the decimal point as a dot: {dot})</source>
        <translation>{problem}（小数点请写成英文句点：{dot}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="84"/>
        <source>{path} is empty: it has no rows of numbers</source>
        <translation>{path} 是空的：没有任何数字行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="85"/>
        <source>{path} is in a text encoding visualnet does not know; save it from the spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation>{path} 使用了 visualnet 不认识的文本编码；请在电子表格软件中另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="88"/>
        <source>{path} has a header but no rows of numbers</source>
        <translation>{path} 只有表头，没有数字行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="89"/>
        <source>{path} has no column named {label_column!r}; its columns are {names}</source>
        <translation>{path} 中没有名为 {label_column!r} 的列；它的列是 {names}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="91"/>
        <source>{path} has {width} columns, so there is no column {label_column}</source>
        <translation>{path} 只有 {width} 列，因此没有第 {label_column} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="93"/>
        <source>{path} has no header row, so no column is named {label_column!r}; give the label column&apos;s number instead</source>
        <translation>{path} 没有表头行，因此没有名为 {label_column!r} 的列；请改用标签列的列号</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="96"/>
        <source>{path}, line {line} has {count} columns, but line {first_line} has {first_count}</source>
        <translation>{path} 第 {line} 行有 {count} 列，但第 {first_line} 行有 {first_count} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="98"/>
        <source>{path} has a single column; it needs feature columns and a label column</source>
        <translation>{path} 只有一列；需要若干特征列和一个标签列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="100"/>
        <source>{path} holds a single example (one row of data): a network learns from many examples, and keeps some of them aside to check itself; add more rows</source>
        <translation>{path} 只有一个样本（一行数据）：网络要从许多样本中学习，并留出一部分用来检验自己；请添加更多行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="103"/>
        <source>{problem} (only the label column may hold words: choose this one as the label, or remove it)</source>
        <translation>{problem}（只有标签列可以含有文字：请把这一列选为标签，或将其删除）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="106"/>
        <source>X has {m_X} examples but Y has {m_Y}</source>
        <translation>X 有 {m_X} 个样本，但 Y 有 {m_Y} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="107"/>
        <source>the dev fraction must be between 0 and 1, got {dev_fraction}</source>
        <translation>验证集比例必须在 0 和 1 之间，但得到 {dev_fraction}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="109"/>
        <source>the dev set must start after the first example and before the last, not at {dev_from} of {m}</source>
        <translation>验证集必须从第一个样本之后、最后一个样本之前开始，而不是从 {m} 个中的第 {dev_from} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="112"/>
        <source>the bundled digits file is damaged: images {images_shape}, labels {labels_shape}</source>
        <translation>内置的手写数字文件已损坏：图像 {images_shape}，标签 {labels_shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="114"/>
        <source>the bundled digits could not be read ({detail}); reinstalling visualnet restores them</source>
        <translation>无法读取内置的手写数字（{detail}）；重新安装 visualnet 即可恢复</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="116"/>
        <source>dataset {name!r} is empty: it has no examples</source>
        <translation>数据集 {name!r} 是空的：没有任何样本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="117"/>
        <source>factor (the inner circle&apos;s radius relative to the outer one) must be between 0 and 1, got {factor!r}</source>
        <translation>factor（内圆半径与外圆半径之比）必须在 0 和 1 之间，但得到 {factor!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="120"/>
        <source>image shape {image_shape} does not hold {n_x} features</source>
        <translation>图像形状 {image_shape} 容纳不了 {n_x} 个特征</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="122"/>
        <source>dataset {name!r} has no features</source>
        <translation>数据集 {name!r} 没有特征</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="123"/>
        <source>the {which} set has inputs X but no labels Y</source>
        <translation>{which}集有输入 X 但没有标签 Y</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="125"/>
        <source>noise (the standard deviation of the random jitter) must be a number &gt;= 0, got {noise!r}</source>
        <translation>noise（随机抖动的标准差）必须是 &gt;= 0 的数，但得到 {noise!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="128"/>
        <source>X and Y must be 2-D (features x examples), got {X_shape} and {Y_shape}</source>
        <translation>X 和 Y 必须是二维的（特征 × 样本），但得到 {X_shape} 和 {Y_shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="130"/>
        <source>{name} must be a digit from 0 to 9, got {digit!r}</source>
        <translation>{name} 必须是 0 到 9 的数字，但得到 {digit!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="132"/>
        <source>dataset {name!r} has NaN or infinite feature values</source>
        <translation>数据集 {name!r} 的特征值中有 NaN 或无穷大</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="134"/>
        <source>a regression dataset has no class labels</source>
        <translation>回归数据集没有类别标签</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="136"/>
        <source>first and second must be two different digits, got {first} twice</source>
        <translation>first 和 second 必须是两个不同的数字，但两次都是 {first}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="138"/>
        <source>{generator} needs at least {groups} examples (one per class or cluster), got m={m}</source>
        <translation>{generator} 至少需要 {groups} 个样本（每个类别或簇一个），但 m={m}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="140"/>
        <source>a dataset needs at least 2 examples to split into train and dev</source>
        <translation>数据集至少需要 2 个样本才能划分为训练集和验证集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="142"/>
        <source>unknown dataset kind {kind!r}; the kinds are {choices}</source>
        <translation>未知的数据集种类 {kind!r}；种类有 {choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="144"/>
        <source>there is no built-in dataset called {name!r}; choose one of {choices}</source>
        <translation>没有名为 {name!r} 的内置数据集；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="146"/>
        <source>dataset {name!r} does not take {unknown}; it takes {accepted}</source>
        <translation>数据集 {name!r} 不接受 {unknown}；它接受 {accepted}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="148"/>
        <source>unknown feature scaling {kind!r}; choose one of {choices}</source>
        <translation>未知的特征缩放方式 {kind!r}；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="150"/>
        <source>unknown task {task!r}; expected one of {choices}</source>
        <translation>未知的任务 {task!r}；应为以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="152"/>
        <source>{name} ({meaning}) must be a whole number from {low:,} to {high:,}, got {value!r}</source>
        <translation>{name}（{meaning}）必须是 {low:,} 到 {high:,} 之间的整数，但得到 {value!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="154"/>
        <source>the number of bits n must be a whole number ≥ 1, got {n!r}</source>
        <translation>比特数 n 必须是 ≥ 1 的整数，实际为 {n!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="156"/>
        <source>linear pieces are counted along a line: the network needs 1 input and 1 output, not {n_x} and {n_y}</source>
        <translation>线性段是沿一条直线数的：网络需要 1 个输入和 1 个输出，而不是 {n_x} 个和 {n_y} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="159"/>
        <source>{g} (g[{l}]) is curved, not piecewise linear: only relu, leaky_relu and linear networks have pieces to count</source>
        <translation>{g}（g[{l}]）是弯曲的，不是分段线性的：只有 relu、leaky_relu 和 linear 组成的网络才有可数的线性段</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="162"/>
        <source>Reading the course&apos;s .h5 files needs h5py: pip install &apos;visualnet[h5]&apos;</source>
        <translation>读取课程的 .h5 文件需要 h5py：pip install &apos;visualnet[h5]&apos;</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="164"/>
        <source>Reading folders of images needs Pillow: pip install Pillow</source>
        <translation>读取图像文件夹需要 Pillow：pip install Pillow</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="166"/>
        <source>a list of activation names</source>
        <translation>激活函数名称的列表</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="167"/>
        <source>null (full batch) or a whole number from 1</source>
        <translation>null（整批）或从 1 起的整数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="168"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="169"/>
        <source>a column&apos;s number from 0, or its name</source>
        <translation>从 0 起的列号，或列名</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="170"/>
        <source>one character, or null</source>
        <translation>一个字符，或 null</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="171"/>
        <source>a number between 0 and 1</source>
        <translation>0 到 1 之间的数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="172"/>
        <source>an initialization name</source>
        <translation>初始化方式的名称</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="173"/>
        <source>a list of whole numbers [n_x, n1, ..., nL]</source>
        <translation>整数列表 [n_x, n1, ..., nL]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="174"/>
        <source>a list [...]</source>
        <translation>列表 [...]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="175"/>
        <source>a loss name</source>
        <translation>损失函数的名称</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="176"/>
        <source>a number from 0</source>
        <translation>从 0 起的数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="177"/>
        <source>an object {{...}}</source>
        <translation>对象 {{...}}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="178"/>
        <source>one of {choices}</source>
        <translation>以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="179"/>
        <source>true, false or null</source>
        <translation>true、false 或 null</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="180"/>
        <source>null or the name of a built-in dataset</source>
        <translation>null 或内置数据集的名称</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="182"/>
        <source>null (the project&apos;s dataset) or the key of another dataset</source>
        <translation>null（项目自己的数据集）或另一个数据集的键</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="184"/>
        <source>null (the output&apos;s own loss) or a loss name</source>
        <translation>null（输出层自带的损失）或损失函数的名称</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="186"/>
        <source>null or the path of a data file</source>
        <translation>null 或数据文件的路径</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="187"/>
        <source>an object {{...}} of the loader&apos;s arguments</source>
        <translation>读取器参数的对象 {{...}}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="188"/>
        <source>a positive number</source>
        <translation>正数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="189"/>
        <source>a whole number from 0 to 2**32 - 1</source>
        <translation>0 到 2**32 - 1 之间的整数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="190"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="191"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="192"/>
        <source>a whole number from 0</source>
        <translation>从 0 起的整数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="193"/>
        <source>a list of whole numbers</source>
        <translation>整数列表</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="194"/>
        <source>{where} describes a network visualnet cannot build: {reason}</source>
        <translation>{where} 描述的网络 visualnet 无法构建：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="196"/>
        <source>{where}: class names must be a 1-D list of text, got shape {shape} and dtype {dtype}</source>
        <translation>{where}：类别名称必须是一维的文本列表，但形状为 {shape}、dtype 为 {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="198"/>
        <source>{where}: class names must be text</source>
        <translation>{where}：类别名称必须是文本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="199"/>
        <source>{where} is damaged or is not {kind} file ({detail})</source>
        <translation>{where} 已损坏，或者不是{kind}文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="201"/>
        <source>{where}: {member} must hold an object {{...}}, not {found}</source>
        <translation>{where}：{member} 必须是对象 {{...}}，而不是 {found}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="203"/>
        <source>{where}: {member} is {size:,} bytes, far too big for a description; the file is not one visualnet wrote</source>
        <translation>{where}：{member} 有 {size:,} 字节，作为描述文件大得离谱；这不是 visualnet 写出的文件</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="206"/>
        <source>{where}: {key!r} must be {expected}, got {found}</source>
        <translation>{where}：{key!r} 必须是{expected}，但得到 {found}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="207"/>
        <source>{where} {problem}</source>
        <translation>{where}{problem}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="208"/>
        <source>{where} is not {kind} file: {member} has format {found}, not {name!r}</source>
        <translation>{where} 不是{kind}文件：{member} 的格式是 {found}，而不是 {name!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="210"/>
        <source>{where}: format_version must be a whole number from 1, got {found}</source>
        <translation>{where}：format_version 必须是从 1 起的整数，但得到 {found}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="212"/>
        <source>cannot save {path}: hyperparameters must be numbers, text, true/false, lists or dicts</source>
        <translation>无法保存 {path}：超参数只能是数字、文本、true/false、列表或字典</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="214"/>
        <source>{where}: {member} is not valid JSON ({detail})</source>
        <translation>{where}：{member} 不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="216"/>
        <source>lacks {missing}</source>
        <translation> 缺少 {missing}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="217"/>
        <source>lacks {missing} and has unexpected {unexpected}</source>
        <translation> 缺少 {missing}，并且多出 {unexpected}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="219"/>
        <source>{where} is not {kind} file: it should hold exactly {listing} and {last}, but holds {names}{detail}</source>
        <translation>{where} 不是{kind}文件：它应当恰好包含 {listing} 和 {last}，但包含的是 {names}{detail}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="222"/>
        <source>; {missing} is missing</source>
        <translation>；缺少 {missing}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="223"/>
        <source>{where} was made by a newer visualnet (format {found}); this version reads format {version}. Update visualnet to open it.</source>
        <translation>{where} 由更新版本的 visualnet 创建（格式 {found}）；此版本只能读取格式 {version}。请更新 visualnet 后再打开。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="226"/>
        <source>{path} has no examples</source>
        <translation>{path} 没有样本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="227"/>
        <source>{error} ({detail})</source>
        <translation>{error}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="228"/>
        <source>{what} must hold real numbers, but has dtype {dtype}</source>
        <translation>{what} 必须是实数，但其 dtype 为 {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="230"/>
        <source>{where} must be an object {{...}}, not {found}</source>
        <translation>{where} 必须是对象 {{...}}，而不是 {found}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="232"/>
        <source>{path} is not {what} but a {kind}; visualnet reads only regular files</source>
        <translation>{path} 不是{what}，而是{kind}；visualnet 只读取普通文件</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="234"/>
        <source>{where} holds parameters that do not fit the network it describes: {reason}</source>
        <translation>{where} 中的参数与它描述的网络不符：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="236"/>
        <source>has unexpected {unexpected}</source>
        <translation> 多出 {unexpected}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="237"/>
        <source>visualnet cannot tell what kind of file {path} is. It reads CSV text (.csv, .tsv, .txt), NumPy .npz files with X and Y, MNIST IDX files, the course&apos;s .h5 files and folders with one sub-folder of images per class</source>
        <translation>visualnet 无法判断 {path} 是什么类型的文件。它能读取 CSV 文本（.csv、.tsv、.txt）、含 X 和 Y 的 NumPy .npz 文件、MNIST IDX 文件、课程的 .h5 文件，以及每个类别一个子文件夹的图像文件夹</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="241"/>
        <source>{name} is read by {loader}, which takes no {unknown}; it takes {accepted}</source>
        <translation>{name} 由 {loader} 读取，它不接受 {unknown}；它接受 {accepted}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="243"/>
        <source>{path}: &apos;list_classes&apos; must be a short list of class names; found {names}</source>
        <translation>{path}：&apos;list_classes&apos; 必须是一个简短的类别名称列表；但找到的是 {names}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="245"/>
        <source>{path} does not have the course&apos;s layout: it needs one pair of datasets like &apos;train_set_x&apos; (images) and &apos;train_set_y&apos; (labels); it holds {keys}</source>
        <translation>{path} 不符合课程的布局：它需要一对数据集，如 &apos;train_set_x&apos;（图像）和 &apos;train_set_y&apos;（标签）；但它包含的是 {keys}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="248"/>
        <source>{path} needs {key!r} as an array of numbers; found {found}</source>
        <translation>{path} 需要 {key!r} 是一个数字数组；但找到的是 {found}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="250"/>
        <source>{test} lies beside {name} as its test set, but holds images of shape {test_shape}, not {shape}; move or rename it to open {name} alone</source>
        <translation>{test} 作为测试集放在 {name} 旁边，但其中图像的形状是 {test_shape}，而不是 {shape}；请移走或重命名它，才能单独打开 {name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="253"/>
        <source>{path}: {x_key!r} must hold a stack of images (m, h, w, c), got shape {x_shape}</source>
        <translation>{path}：{x_key!r} 必须是一叠图像 (m, h, w, c)，但形状为 {x_shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="255"/>
        <source>{path}: {x_key!r} has {m} images, so {y_key!r} must be (m,) = ({m},) labels; got shape {y_shape}</source>
        <translation>{path}：{x_key!r} 有 {m} 张图像，因此 {y_key!r} 必须是 (m,) = ({m},) 个标签；但形状为 {y_shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="258"/>
        <source>the number of layers L</source>
        <translation>层数 L</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="259"/>
        <source>hidden activation</source>
        <translation>隐藏层激活函数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="260"/>
        <source>the number of hidden layers</source>
        <translation>隐藏层的层数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="261"/>
        <source>initialization</source>
        <translation>初始化方式</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="262"/>
        <source>the L2 strength λ</source>
        <translation>L2 强度 λ</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="263"/>
        <source>the learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="264"/>
        <source>the mini-batch size</source>
        <translation>mini-batch 大小</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="265"/>
        <source>the units per hidden layer</source>
        <translation>每个隐藏层的单元数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="266"/>
        <source>{images_file} has {images:,} images but {labels_file} has {labels:,} labels</source>
        <translation>{images_file} 有 {images:,} 张图像，但 {labels_file} 有 {labels:,} 个标签</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="268"/>
        <source>{where} holds more data than its header declares (shape {shape})</source>
        <translation>{where} 中的数据比文件头声明的多（形状 {shape}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="270"/>
        <source>{where} is truncated inside its header</source>
        <translation>{where} 在文件头内就被截断了</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="271"/>
        <source>{labels_file} must hold whole-number labels, not {dtype}</source>
        <translation>{labels_file} 必须是整数标签，而不是 {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="273"/>
        <source>{where} is not an IDX file (MNIST format): it starts with {magic!r}</source>
        <translation>{where} 不是 IDX 文件（MNIST 格式）：它以 {magic!r} 开头</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="275"/>
        <source>found no file pairing with {path} (looked for {name} and {name}.gz); pass labels_path= to name the partner file</source>
        <translation>找不到与 {path} 配对的文件（查找了 {name} 和 {name}.gz）；请用 labels_path= 指定配对的文件</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="278"/>
        <source>{path} and {partner} must be an images file (m, rows, cols) and a labels file (m,); they have shapes {first_shape} and {second_shape}</source>
        <translation>{path} 和 {partner} 必须是一个图像文件 (m, rows, cols) 和一个标签文件 (m,)；但它们的形状是 {first_shape} 和 {second_shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="281"/>
        <source>{where} is truncated: its header declares shape {shape} ({nbytes:,} bytes of data) but it holds {size:,}</source>
        <translation>{where} 被截断了：文件头声明形状为 {shape}（{nbytes:,} 字节数据），但只有 {size:,} 字节</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="284"/>
        <source>{width} x {height} pixels, colour</source>
        <translation>{width} × {height} 像素，彩色</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="285"/>
        <source>the class folder {folder} has no images ({suffixes})</source>
        <translation>类别文件夹 {folder} 中没有图像（{suffixes}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="287"/>
        <source>{width} x {height} pixels, grayscale</source>
        <translation>{width} × {height} 像素，灰度</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="288"/>
        <source>{file} is {size} but {first} is {first_size}: all images must have the same size and be all grayscale or all colour</source>
        <translation>{file} 是 {size}，但 {first} 是 {first_size}：所有图像必须大小相同，并且全是灰度或全是彩色</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="291"/>
        <source>{file} has {mode} pixels (16-bit or floating point); visualnet reads 8-bit grayscale or colour images</source>
        <translation>{file} 的像素是 {mode}（16 位或浮点）；visualnet 只读取 8 位的灰度或彩色图像</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="294"/>
        <source>{root} needs one sub-folder of images per class, at least 2; found {found}</source>
        <translation>{root} 需要每个类别一个图像子文件夹，至少 2 个；但找到的是 {found}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="296"/>
        <source>a CSV text</source>
        <translation> CSV 文本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="297"/>
        <source>a data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="298"/>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="299"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="300"/>
        <source>an HDF5</source>
        <translation> HDF5 </translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="301"/>
        <source>an IDX</source>
        <translation> IDX </translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="302"/>
        <source>a readable image</source>
        <translation>可读取的图像</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="303"/>
        <source>named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="304"/>
        <source>a visualnet network</source>
        <translation> visualnet 网络</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="305"/>
        <source>a NumPy .npy</source>
        <translation> NumPy .npy </translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="306"/>
        <source>a NumPy .npz</source>
        <translation> NumPy .npz </translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="307"/>
        <source>a visualnet project</source>
        <translation> visualnet 项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="308"/>
        <source>a project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="309"/>
        <source>socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="310"/>
        <source>special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="311"/>
        <source>Y must hold finite numbers</source>
        <translation>Y 必须是有限的数字</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="312"/>
        <source>binary labels must be 0 or 1 for a sigmoid output, found {bad:g}</source>
        <translation>sigmoid 输出的二分类标签必须是 0 或 1，但发现了 {bad:g}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="314"/>
        <source>a two-class dataset needs Y of shape (1, m) holding only 0 and 1</source>
        <translation>二分类数据集需要形状为 (1, m)、只含 0 和 1 的 Y</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="316"/>
        <source>class indices must be in 0..{last}, found {low}..{high}</source>
        <translation>类别索引必须在 0..{last} 内，但发现了 {low}..{high}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="318"/>
        <source>{names} class names for {rows} one-hot rows</source>
        <translation>{names} 个类别名称对应 {rows} 个 one-hot 行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="320"/>
        <source>{path}: labels must index the {count} class names (0..{last}), found {low:g}..{high:g}</source>
        <translation>{path}：标签必须是这 {count} 个类别名称的索引（0..{last}），但发现了 {low:g}..{high:g}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="322"/>
        <source>{path}: the label of example {example} is empty; every example needs one</source>
        <translation>{path}：第 {example} 个样本的标签是空的；每个样本都需要标签</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="324"/>
        <source>{path}: class labels must be whole numbers, found {fraction:g}</source>
        <translation>{path}：类别标签必须是整数，但发现了 {fraction:g}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="326"/>
        <source>a multi-class dataset needs one-hot Y of shape (C, m)</source>
        <translation>多分类数据集需要形状为 (C, m) 的 one-hot Y</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="328"/>
        <source>{path}: the label column {column!r} holds {classes:,} different words in {rows:,} rows: it names examples, not classes; choose the column that says what to predict</source>
        <translation>{path}：标签列 {column!r} 在 {rows:,} 行中有 {classes:,} 个不同的词：它是样本的名字，而不是类别；请选择表示预测目标的那一列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="331"/>
        <source>{path}: the label of example {example} (counting from 0) is {value}; every label must be a finite number</source>
        <translation>{path}：第 {example} 个样本（从 0 数起）的标签是 {value}；每个标签都必须是有限的数字</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="334"/>
        <source>a softmax output needs one-hot labels Y of shape ({n_L}, m): each column a single 1 marking the class</source>
        <translation>softmax 输出需要形状为 ({n_L}, m) 的 one-hot 标签 Y：每一列只有一个 1 标出类别</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="337"/>
        <source>dataset {name!r} has a single class; classification needs at least 2</source>
        <translation>数据集 {name!r} 只有一个类别；分类至少需要 2 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="339"/>
        <source>{path}: the label column {column!r} holds words, which a regression cannot predict; choose a column of numbers</source>
        <translation>{path}：标签列 {column!r} 含有文字，回归无法预测文字；请选择一列数字</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="342"/>
        <source>{file} is too large to decode safely ({detail})</source>
        <translation>{file} 太大，无法安全解码（{detail}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="344"/>
        <source>{root} holds more than {max_images:,} images, the limit</source>
        <translation>{root} 中的图像超过了上限 {max_images:,} 张</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="346"/>
        <source>{where}: {reason}</source>
        <translation>{where}：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="347"/>
        <source>{what} would need {need} of memory; the limit is {have}</source>
        <translation>{what} 需要 {need} 内存；上限是 {have}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="349"/>
        <source>this network has {parameter_count:,} parameters, which need {need}; the limit is {limit}. Use fewer units per layer.</source>
        <translation>这个网络有 {parameter_count:,} 个参数，需要 {need}；上限是 {limit}。请减少每层的单元数。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="352"/>
        <source>the number of bits</source>
        <translation>位数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="353"/>
        <source>the number of classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="354"/>
        <source>the number of examples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="355"/>
        <source>how many times the tent map is composed</source>
        <translation>帐篷映射复合的次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="357"/>
        <source>what makes the data repeatable</source>
        <translation>使数据可重复的种子</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="358"/>
        <source>X in {path} must be (n_x, m) or a stack of images (m, h, w[, c]); got shape {X_shape}</source>
        <translation>{path} 中的 X 必须是 (n_x, m) 或一叠图像 (m, h, w[, c])；但形状为 {X_shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="360"/>
        <source> X looks transposed: visualnet wants X as (n_x, m), one example per column; save X.T</source>
        <translation> X 看起来被转置了：visualnet 需要 (n_x, m) 形状的 X，每列一个样本；请保存 X.T</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="362"/>
        <source>{path}: {layout} has m = {m} examples, so Y must be (m,), (1, m) or one-hot (C, m); got Y of shape {Y_shape}.{hint}</source>
        <translation>{path}：{layout} 有 m = {m} 个样本，因此 Y 必须是 (m,)、(1, m) 或 one-hot 的 (C, m)；但 Y 的形状为 {Y_shape}。{hint}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="365"/>
        <source> Y looks transposed: save Y.T</source>
        <translation> Y 看起来被转置了：请保存 Y.T</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="366"/>
        <source>{where} has dtype {dtype}, which is not plain numbers or text; visualnet reads arrays of numbers or text only</source>
        <translation>{where} 的 dtype 是 {dtype}，不是普通的数字或文本；visualnet 只读取数字或文本数组</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="369"/>
        <source>{where} declares the impossible shape {shape}</source>
        <translation>{where} 声明了不可能的形状 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="371"/>
        <source>images X (m, ...)</source>
        <translation>图像 X (m, ...)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="372"/>
        <source>{path} must hold arrays named &apos;X&apos; and &apos;Y&apos; (np.savez(path, X=X, Y=Y)); it holds {names}</source>
        <translation>{path} 必须包含名为 &apos;X&apos; 和 &apos;Y&apos; 的数组（np.savez(path, X=X, Y=Y)）；但它包含的是 {names}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="374"/>
        <source>{where} holds {member!r}, which is not a NumPy array; an .npz file holds only .npy arrays (as np.savez writes it)</source>
        <translation>{where} 中有 {member!r}，它不是 NumPy 数组；.npz 文件只包含 .npy 数组（np.savez 就是这样写的）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="377"/>
        <source>Y in {path} has {rows} rows, so it must be one-hot: each column all 0 but a single 1 marking the class</source>
        <translation>{path} 中的 Y 有 {rows} 行，因此必须是 one-hot：每一列除了标出类别的一个 1 之外全是 0</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="380"/>
        <source>{where} {state}: its header declares shape {shape} of {dtype} ({nbytes:,} bytes) but the file holds {payload:,} bytes of data</source>
        <translation>{where}{state}：文件头声明形状为 {shape}、类型为 {dtype}（{nbytes:,} 字节），但文件中有 {payload:,} 字节数据</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="383"/>
        <source>{where} holds Python objects (a pickled array). visualnet never unpickles files, because unpickling can run any code; save plain numeric arrays instead</source>
        <translation>{where} 包含 Python 对象（pickle 数组）。visualnet 从不解开 pickle 文件，因为 unpickle 可以运行任意代码；请改为保存普通的数字数组</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="386"/>
        <source>{path} holds a single array, but a dataset needs X and Y: save them together with np.savez(path, X=X, Y=Y)</source>
        <translation>{path} 只有一个数组，但数据集需要 X 和 Y：请用 np.savez(path, X=X, Y=Y) 一起保存</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="389"/>
        <source>{where} holds the array {key!r} twice</source>
        <translation>{where} 中数组 {key!r} 出现了两次</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="390"/>
        <source>{where} uses .npy format {major}.{minor}; visualnet reads formats 1.0 to 3.0</source>
        <translation>{where} 使用 .npy 格式 {major}.{minor}；visualnet 只读取 1.0 到 3.0 格式</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="392"/>
        <source>W{l} is {shape}, but W{k} makes n[{k}] = {n_prev}: W[{l}] must be (n[{l}], n[{k}]) = ({n}, {n_prev})</source>
        <translation>W{l} 是 {shape}，但 W{k} 给出 n[{k}] = {n_prev}：W[{l}] 必须是 (n[{l}], n[{k}]) = ({n}, {n_prev})</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="395"/>
        <source>W{l} has shape {shape}: every layer needs at least one unit</source>
        <translation>W{l} 的形状为 {shape}：每层至少需要一个单元</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="397"/>
        <source>W{l} must be 2-D, (n[{l}], n[{k}]), got shape {shape}</source>
        <translation>W{l} 必须是二维的 (n[{l}], n[{k}])，但形状为 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="399"/>
        <source>{where}: &apos;activations&apos; must name one of {choices} for each of the {L} layers, got {found}</source>
        <translation>{where}：&apos;activations&apos; 必须为 {L} 层中的每一层给出 {choices} 之一，但得到 {found}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="402"/>
        <source>{path}: &apos;activations&apos; must be a list of names, got an array of {dtype}</source>
        <translation>{path}：&apos;activations&apos; 必须是名称列表，但得到的是 {dtype} 数组</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="404"/>
        <source>b{l} must be (n[{l}], 1) = ({n}, 1), got {shape}</source>
        <translation>b{l} 必须是 (n[{l}], 1) = ({n}, 1)，但得到 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="406"/>
        <location filename="../../visualnet/app/error_texts.py" line="470"/>
        <source>{key} must hold real numbers, got dtype {dtype}</source>
        <translation>{key} 必须是实数，但 dtype 为 {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="407"/>
        <source>the parameters need W1..WL and b1..bL with no gap; they have {keys}, missing {missing}</source>
        <translation>参数需要连续的 W1..WL 和 b1..bL；现有 {keys}，缺少 {missing}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="409"/>
        <source>{path} does not hold the course&apos;s parameters: {reason}</source>
        <translation>{path} 中不是课程格式的参数：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="411"/>
        <source>{key} contains NaN or infinity ({bad} of {size} values)</source>
        <translation>{key} 中有 NaN 或无穷大（{size} 个值中有 {bad} 个）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="413"/>
        <source>{key} is not a rectangular array of numbers</source>
        <translation>{key} 不是规整的数字数组</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="415"/>
        <source>unexpected keys {unexpected}; the course&apos;s parameters are W1, b1, W2, b2, ..., WL, bL</source>
        <translation>多出的键 {unexpected}；课程的参数是 W1, b1, W2, b2, ..., WL, bL</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="417"/>
        <source>{where}: {key} in {member} contains NaN or infinity</source>
        <translation>{where}：{member} 中的 {key} 含有 NaN 或无穷大</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="419"/>
        <source>{where}: {key} in {member} must be a (2, n) array of floats (iterations, values), got shape {shape} of {dtype}</source>
        <translation>{where}：{member} 中的 {key} 必须是 (2, n) 的浮点数组（迭代次数，数值），但形状为 {shape}、类型为 {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="422"/>
        <source>{where}, dataset: give either the name of a built-in dataset or the path of a file, not both</source>
        <translation>{where}，dataset：请给出内置数据集的名称或数据文件的路径，二者选一，不能都给</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="425"/>
        <source>{where}, dataset: give either the name of a built-in dataset or the path of a file; it gives neither</source>
        <translation>{where}，dataset：请给出内置数据集的名称或数据文件的路径，二者选一；但两者都没有给</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="428"/>
        <source>{where}, dataset options: {key!r} must be {expected}, got {found}</source>
        <translation>{where}，数据集选项：{key!r} 必须是{expected}，但得到 {found}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="430"/>
        <source>{where}, dataset options: a project may not set {unknown}; it may set {accepted}</source>
        <translation>{where}，数据集选项：项目不能设置 {unknown}；只能设置 {accepted}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="432"/>
        <source>{where}: {member} holds {count} curves, but the {runs} runs of {json} have {expected}</source>
        <translation>{where}：{member} 有 {count} 条曲线，但 {json} 的 {runs} 次运行应有 {expected} 条</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="434"/>
        <source>{where}: {member} does not match the {runs} runs of {json}: it {problem}</source>
        <translation>{where}：{member} 与 {json} 的 {runs} 次运行不符：它{problem}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="436"/>
        <source>cannot save the project: its view, experiments or dataset options would not read back the same; JSON has text keys and lists only (no number keys, no tuples)</source>
        <translation>无法保存项目：它的视图、实验或数据集选项无法原样读回；JSON 只有文本键和列表（没有数字键，没有元组）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="439"/>
        <source>{where}: {member} does not hold the network&apos;s parameters: {reason}</source>
        <translation>{where}：{member} 中不是网络的参数：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="441"/>
        <source>{where}: {member} holds the parameters of a {sizes} network, but the architecture is {layer_sizes}</source>
        <translation>{where}：{member} 中是 {sizes} 网络的参数，但网络结构是 {layer_sizes}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="444"/>
        <source>cannot save the project: view, experiments and dataset options must be numbers, text, true/false, null, lists or objects</source>
        <translation>无法保存项目：视图、实验和数据集选项只能是数字、文本、true/false、null、列表或对象</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="447"/>
        <source>unknown experiment record {record}</source>
        <translation>未知的实验记录 {record}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="448"/>
        <source>this is not a {kind} record (format {found!r})</source>
        <translation>这不是 {kind} 记录（格式为 {found!r}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="449"/>
        <source>this {kind} record is version {found}, newer than this visualnet reads ({version}); update visualnet</source>
        <translation>这条 {kind} 记录的版本是 {found}，比此版本 visualnet 能读取的（{version}）更新；请更新 visualnet</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="452"/>
        <source>dev</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="453"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="454"/>
        <source>AL {AL_shape} and Y {Y_shape} must have the same shape</source>
        <translation>AL {AL_shape} 和 Y {Y_shape} 的形状必须相同</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="456"/>
        <source>X has no examples (m = 0)</source>
        <translation>X 没有样本（m = 0）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="457"/>
        <source>X must be a 2-D array of shape (n_x, m), got {ndim}-D shape {shape}</source>
        <translation>X 必须是形状为 (n_x, m) 的二维数组，但得到 {ndim} 维形状 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="459"/>
        <source>X has {rows} rows but the input layer has n[0] = {n_x} units; X must be (n_x, m){hint}</source>
        <translation>X 有 {rows} 行，但输入层有 n[0] = {n_x} 个单元；X 必须是 (n_x, m){hint}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="461"/>
        <source> (it looks transposed: X is (n_x, m), one example per column)</source>
        <translation>（它看起来被转置了：X 是 (n_x, m)，每列一个样本）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="463"/>
        <source>Y must be (n[L], m) = ({n_L}, m) for this output layer, got {shape}</source>
        <translation>对这个输出层，Y 必须是 (n[L], m) = ({n_L}, m)，但得到 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="465"/>
        <source>Y has {m_Y} examples but X has {m}</source>
        <translation>Y 有 {m_Y} 个样本，但 X 有 {m} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="466"/>
        <source>backward needs {L} caches, one per layer, got {count}</source>
        <translation>反向传播需要 {L} 个缓存（每层一个），但得到 {count} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="468"/>
        <source>{kind}[{l}] must be {sym} = {shape}, got {found}</source>
        <translation>{kind}[{l}] 必须是 {sym} = {shape}，但得到 {found}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="472"/>
        <source>parameters do not fit this {L}-layer network: missing {missing}, unexpected {unexpected}</source>
        <translation>参数与这个 {L} 层网络不符：缺少 {missing}，多出 {unexpected}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="475"/>
        <source>{key} contains NaN or infinity</source>
        <translation>{key} 中有 NaN 或无穷大</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="476"/>
        <source>has extra bytes</source>
        <translation>多出了字节</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="477"/>
        <source>is truncated</source>
        <translation>被截断了</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="478"/>
        <source>a sweep varies one or two hyperparameters, not {count}</source>
        <translation>一次扫描只能改变一个或两个超参数，而不是 {count} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="480"/>
        <source>{label} is chosen twice; pick two different ones</source>
        <translation>{label} 被选了两次；请选两个不同的超参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="482"/>
        <source>&apos;full&apos; cannot end a range of {label}; list it on its own: 32..256 ×4, full</source>
        <translation>&apos;full&apos; 不能作为{label}范围的端点；请单独列出：32..256 ×4, full</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="484"/>
        <source>sweeping {label} needs a hidden layer, and this network has none (L = 1); sweep L from 2</source>
        <translation>扫描{label}需要隐藏层，而这个网络没有（L = 1）；请让 L 从 2 开始扫描</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="487"/>
        <source>no values for {label}</source>
        <translation>{label}没有取值</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="488"/>
        <source>no values for {label}: enter a list such as {example}</source>
        <translation>{label}没有取值：请输入一个列表，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="490"/>
        <source>{token!r} is not a number ({label}); write values such as {example}</source>
        <translation>{token!r} 不是数字（{label}）；请写成这样的值：{example}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="492"/>
        <source>{label} must be greater than {low:g}, got {value:g}</source>
        <translation>{label}必须大于 {low:g}，但得到 {value:g}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="494"/>
        <source>{label} must be a finite number, got {token!r}</source>
        <translation>{label}必须是有限的数，但得到 {token!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="496"/>
        <source>{label} must be a whole number, got {token!r}</source>
        <translation>{label}必须是整数，但得到 {token!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="497"/>
        <source>the range {part!r} has no values: after × write how many values you want, a whole number of at least 1 (got {count!r})</source>
        <translation>范围 {part!r} 没有取值：请在 × 后写出想要几个值，至少为 1 的整数（得到 {count!r}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="500"/>
        <source>the range {part!r} holds {count} values; at most {most} can be swept (a count spaces fewer on a log scale: {start}..{end} ×8)</source>
        <translation>范围 {part!r} 含有 {count} 个值；最多只能扫描 {most} 个（加上个数可在对数刻度上取更少的值：{start}..{end} ×8）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="503"/>
        <source>the range {part!r} is spaced on a log scale, so it must start above 0</source>
        <translation>范围 {part!r} 按对数刻度取值，所以必须从大于 0 的数开始</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="505"/>
        <source>the range {part!r} needs a count of values, e.g. {start}..{end} ×5 for 5 values evenly spaced on a log scale</source>
        <translation>范围 {part!r} 需要值的个数，例如 {start}..{end} ×5 表示在对数刻度上均匀取 5 个值</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="508"/>
        <source>the range {part!r} has no values: it starts above its end (write {end}..{start})</source>
        <translation>范围 {part!r} 没有取值：它的起点大于终点（请写成 {end}..{start}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="510"/>
        <source>the range {part!r} asks for {count} values; at most {most} can be swept</source>
        <translation>范围 {part!r} 要求 {count} 个值；最多只能扫描 {most} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="512"/>
        <source>cannot read the range {part!r} for {label}; write it as {example}</source>
        <translation>无法读取{label}的范围 {part!r}；请写成 {example}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="514"/>
        <source>{label} must be at most {high:g}, got {value:g}</source>
        <translation>{label}最多为 {high:g}，但得到 {value:g}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="516"/>
        <source>{label} must be at least {low:g}, got {value:g}</source>
        <translation>{label}至少为 {low:g}，但得到 {value:g}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="517"/>
        <source>{count} values for {label}; at most {most} can be swept</source>
        <translation>{label}有 {count} 个值；最多只能扫描 {most} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="519"/>
        <source>unknown {label} {token!r}; choose from {choices}</source>
        <translation>未知的{label} {token!r}；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="521"/>
        <source>unknown hyperparameter {name!r}; choose from {choices}</source>
        <translation>未知的超参数 {name!r}；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="523"/>
        <source>top examples must be (units, k) indices with k ≥ 1, got shape {shape}</source>
        <translation>最受激发的样本必须是形状为 (units, k) 的下标数组，且 k ≥ 1，实际形状为 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="525"/>
        <source>W[l] must be a 2-D array (n[l], n[l-1]), got shape {shape}</source>
        <translation>W[l] 必须是二维数组 (n[l], n[l-1])，但形状为 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="527"/>
        <source>W[1] must be a 2-D array (n[1], n_x), got shape {shape}</source>
        <translation>W[1] 必须是二维数组 (n[1], n_x)，但形状为 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="529"/>
        <source>X must be (n_x, m) and indices (units, k), got {X_shape} and {indices_shape}</source>
        <translation>X 必须是 (n_x, m)，indices 必须是 (units, k)，但得到 {X_shape} 和 {indices_shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="531"/>
        <source>columns must be a whole number of at least 1, got {columns!r}</source>
        <translation>columns 必须是至少为 1 的整数，但得到 {columns!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="533"/>
        <source>a fitted curve needs 1-D points X of shape (1, m), got {shape}</source>
        <translation>拟合曲线需要形状为 (1, m) 的一维数据点 X，实际是 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="535"/>
        <source>a fitted curve needs a network with n_x = 1 input, this one has {n_x}</source>
        <translation>拟合曲线需要 n_x = 1 个输入的网络，这个网络有 {n_x} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="537"/>
        <source>a decision grid needs 2-D points X of shape (2, m), got {shape}</source>
        <translation>决策网格需要形状为 (2, m) 的二维点 X，但得到 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="539"/>
        <source>a decision grid needs a network with n_x = 2 inputs, this one has {n_x}</source>
        <translation>决策网格需要 n_x = 2 个输入的网络，这个网络有 {n_x} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="541"/>
        <source>an image shape is (h, w) or (h, w, c), got {shape}</source>
        <translation>图像形状应为 (h, w) 或 (h, w, c)，但得到 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="543"/>
        <source>image shape {shape} holds {pixels} pixels, but there are n_x = {n_x} inputs</source>
        <translation>图像形状 {shape} 有 {pixels} 个像素，但输入有 n_x = {n_x} 个</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="545"/>
        <source>k must be a whole number of at least 1, got {k!r}</source>
        <translation>k 必须是至少为 1 的整数，但得到 {k!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="546"/>
        <source>levels must be a whole number of at least 1, got {levels!r}</source>
        <translation>levels 必须是不小于 1 的整数，实际是 {levels!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="548"/>
        <source>a sample needs at least one example, got m = {m!r}</source>
        <translation>抽样至少需要一个样本，实际 m = {m!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="550"/>
        <source>X must be (n_x, m) = ({n_x}, m) with m &gt;= 1, got {shape}</source>
        <translation>X 必须是 (n_x, m) = ({n_x}, m) 且 m &gt;= 1，实际是 {shape}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="552"/>
        <source>layer must be 1..L = 1..{L}, got {layer!r}</source>
        <translation>layer 必须在 1..L = 1..{L} 内，但得到 {layer!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="553"/>
        <source>a mosaic needs at least one tile, got {n}</source>
        <translation>拼图至少需要一块，但得到 {n}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="554"/>
        <source>resolution must be a whole number of at least 2, got {resolution!r}</source>
        <translation>resolution 必须是至少为 2 的整数，但得到 {resolution!r}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="556"/>
        <source>the array {where} of shape {shape} ({dtype})</source>
        <translation>形状为 {shape}（{dtype}）的数组 {where}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="557"/>
        <source>decoding {file} ({width} x {height} pixels)</source>
        <translation>解码 {file}（{width} × {height} 像素）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="558"/>
        <source>the {m:,} examples of {where} as float64 X</source>
        <translation>把 {where} 的 {m:,} 个样本读成 float64 的 X</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="559"/>
        <source>reading {where} (shape {shape}) as float64</source>
        <translation>把 {where}（形状 {shape}）读成 float64</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="560"/>
        <source>the numbers of {path}</source>
        <translation>{path} 中的数字</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="561"/>
        <source>the one-hot labels of {path} ({classes:,} classes x {m:,} examples)</source>
        <translation>{path} 的 one-hot 标签（{classes:,} 个类别 × {m:,} 个样本）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="563"/>
        <source>reading {where}</source>
        <translation>读取 {where}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="564"/>
        <source>saving the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="565"/>
        <source>unpacking {where}</source>
        <translation>解压 {where}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="566"/>
        <source>unpacking {where} (the parameters&apos; member and their arrays together)</source>
        <translation>解压 {where}（参数成员及其数组一起）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="568"/>
        <source>unpacking {where} (the file, its members and their arrays together)</source>
        <translation>解压 {where}（文件、其成员及其数组一起）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="570"/>
        <source>{where}: {member} of format {version}</source>
        <translation>{where}：格式 {version} 的 {member}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="571"/>
        <source>{member} in {file}</source>
        <translation>{file} 中的 {member}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="572"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/error_texts.py" line="599"/>
        <source>{n:,} bytes</source>
        <translation>{n:,} 字节</translation>
    </message>
</context>
<context>
    <name>EquationPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="119"/>
        <source>Before the pass · parameters of iteration {i}</source>
        <translation>传播之前 · 第 {i} 次迭代的参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="125"/>
        <source>Step {k} · {phase} · layer {l} · parameters of iteration {i}</source>
        <translation>第 {k} 步 · {phase} · 第 {l} 层 · 第 {i} 次迭代的参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="190"/>
        <source>b[{l}] {b} is broadcast to {Z}: the same column is added to every example</source>
        <translation>b[{l}] {b} 广播为 {Z}：同一列加到每个样本上</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="195"/>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="195"/>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="195"/>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="196"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="202"/>
        <source>Each feature was standardized first, (x − mean) / deviation, with the mean and deviation of the training examples.</source>
        <translation>每个特征都先做了标准化：(x − 均值) / 标准差，均值和标准差取自训练样本。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="204"/>
        <source>Each feature was scaled into 0 … 1 first, with the training examples&apos; smallest and largest values.</source>
        <translation>每个特征都先按训练样本的最小值和最大值缩放到 0 … 1。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="206"/>
        <source>The pixels were divided by 255 first, into 0 … 1.</source>
        <translation>像素值先除以 255，落在 0 … 1 之间。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="207"/>
        <source>The features go in as they were read, unscaled.</source>
        <translation>特征按读入的原样输入，没有缩放。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="208"/>
        <source>The batch goes in: each column is one example ({m} examples of {n_x} features).</source>
        <translation>这一批样本输入网络：每一列是一个样本（{m} 个样本，每个有 {n_x} 个特征）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="210"/>
        <source>Press → or Play to run the forward pass.</source>
        <translation>按 → 或“播放”运行前向传播。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="219"/>
        <source>Layer {l}, linear part: W[{l}] turns the {n_prev} values of each example into {n} values, one per unit; every column is an example, so all {m} are done in one matrix product.</source>
        <translation>第 {l} 层，线性部分：W[{l}] 把每个样本的 {n_prev} 个值变成 {n} 个值，每个单元一个；每一列是一个样本，所以 {m} 个样本用一次矩阵乘法就算完。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="222"/>
        <source>Layer {l}, activation: {g} is applied to every entry of Z[{l}] on its own; the shape does not change.</source>
        <translation>第 {l} 层，激活：{g} 逐个作用于 Z[{l}] 的每个元素；形状不变。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="224"/>
        <source>Layer {l} keeps its cache (A[{p}], W[{l}], b[{l}], Z[{l}]): the backward pass will need exactly these values, so they are stored instead of recomputed.</source>
        <translation>第 {l} 层保存它的缓存 (A[{p}], W[{l}], b[{l}], Z[{l}])：反向传播正需要这些值，所以存下来而不是重新计算。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="226"/>
        <source>The cost J averages the loss of the {m} examples: how far ŷ = A[{l}] is from Y.</source>
        <translation>代价 J 是 {m} 个样本损失的平均：ŷ = A[{l}] 离 Y 有多远。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="227"/>
        <source>Backward starts at the output: dA[{l}] is the derivative of the loss with respect to A[{l}].</source>
        <translation>反向传播从输出开始：dA[{l}] 是损失对 A[{l}] 的导数。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="229"/>
        <source>Layer {l} reads its cache back: the derivative of {g} needs Z[{l}] from the forward pass.</source>
        <translation>第 {l} 层读回它的缓存：{g} 的导数需要前向传播得到的 Z[{l}]。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="231"/>
        <source>dW[{l}] has the shape of W[{l}]: the product with A[{p}]ᵀ adds up the {m} examples, and 1/m makes it their average.</source>
        <translation>dW[{l}] 与 W[{l}] 形状相同：与 A[{p}]ᵀ 相乘把 {m} 个样本加起来，再乘 1/m 得到平均值。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="233"/>
        <source>db[{l}] adds dZ[{l}] across the examples (the columns), so it has one entry per unit, like b[{l}].</source>
        <translation>db[{l}] 把 dZ[{l}] 沿样本（各列）相加，所以每个单元一个值，与 b[{l}] 相同。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="235"/>
        <source>dA[{p}] = W[{l}]ᵀ dZ[{l}] carries the gradient back to layer {p}.</source>
        <translation>dA[{p}] = W[{l}]ᵀ dZ[{l}] 把梯度传回第 {p} 层。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="236"/>
        <source>Gradient descent: W[{l}] and b[{l}] take a step against their gradients, scaled by the learning rate α.</source>
        <translation>梯度下降：W[{l}] 和 b[{l}] 沿梯度的反方向走一步，步长由学习率 α 决定。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="241"/>
        <source>Layer {l}, linear part: W[{l}] turns the {n_prev} values of the example into {n} values, one per unit.</source>
        <translation>第 {l} 层，线性部分：W[{l}] 把这个样本的 {n_prev} 个值变成 {n} 个值，每个单元一个。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="243"/>
        <source>The loss L(ŷ, y) says how far ŷ = A[{l}] is from y for this example; with a batch, the cost J is its average over the examples.</source>
        <translation>损失 L(ŷ, y) 衡量这个样本的 ŷ = A[{l}] 离 y 有多远；对一批样本，代价 J 是它们损失的平均。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="245"/>
        <source>dW[{l}] = dZ[{l}] A[{p}]ᵀ has the shape of W[{l}]: with one example there is nothing to average.</source>
        <translation>dW[{l}] = dZ[{l}] A[{p}]ᵀ 的形状与 W[{l}] 相同：只有一个样本，不需要求平均。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="247"/>
        <source>db[{l}] = dZ[{l}]: with one example there is nothing to add up; one entry per unit, like b[{l}].</source>
        <translation>db[{l}] = dZ[{l}]：只有一个样本，不需要求和；每个单元一个值，与 b[{l}] 一样。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="251"/>
        <source>The output {g} and the cross-entropy loss are a pair: softmax&apos;s derivative is a matrix (each output depends on every z), not an entry-by-entry g&apos;, and multiplied by dA[{l}] it simplifies to dZ[{l}] = A[{l}] - Y.</source>
        <translation>输出层的 {g} 与交叉熵损失是一对：softmax 的导数是一个矩阵（每个输出都依赖所有 z），不是逐元素的 g&apos;；它与 dA[{l}] 相乘后化简为 dZ[{l}] = A[{l}] - Y。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="255"/>
        <source>The output {g} and the cross-entropy loss are a pair: dA[{l}] * {g}&apos;(Z[{l}]) simplifies to dZ[{l}] = A[{l}] - Y, so backward starts from that.</source>
        <translation>输出层的 {g} 与交叉熵损失是一对：dA[{l}] * {g}&apos;(Z[{l}]) 化简为 dZ[{l}] = A[{l}] - Y，反向传播就从这里开始。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="262"/>
        <source>(Training uses another optimizer; this is the course&apos;s plain gradient-descent step on the same gradients.)</source>
        <translation>（训练使用的是另一种优化器；这里显示的是课程中对同样梯度做的普通梯度下降一步。）</translation>
    </message>
</context>
<context>
    <name>ExperimentPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="298"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="299"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="300"/>
        <source>Stop the runs in progress; finished runs are kept</source>
        <translation>停止正在进行的运行；已完成的运行会保留</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="301"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="302"/>
        <source>Save the results as a CSV table</source>
        <translation>把结果保存为 CSV 表格</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="303"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="304"/>
        <source>Save the plot as a PNG image</source>
        <translation>把图保存为 PNG 图像</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="295"/>
        <source>not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="377"/>
        <source>{runs} run(s) on {children} process(es): about {time}, {memory} of memory</source>
        <translation>{runs} 次运行，使用 {children} 个进程：约 {time}，需要 {memory} 内存</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="411"/>
        <source>Start a long experiment?</source>
        <translation>开始一个耗时的实验？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="412"/>
        <source>This will take about {time} and need about {memory} of memory (the budget is {budget_time} and {budget_memory}). You can cancel it at any time and keep the runs that finished. Start it?</source>
        <translation>这大约需要 {time} 和 {memory} 内存（预算是 {budget_time} 和 {budget_memory}）。你可以随时取消，已完成的运行会保留。要开始吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="447"/>
        <source>about {time} left</source>
        <translation>大约还剩 {time}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="446"/>
        <source>{done} / {total} runs · {left}</source>
        <translation>{done} / {total} 次运行 · {left}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="466"/>
        <source>cancelled · {done} / {total} runs</source>
        <translation>已取消 · {done} / {total} 次运行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="467"/>
        <source>Cancelled after {time}; the runs that finished are kept, the others are marked.</source>
        <translation>在 {time} 后取消；已完成的运行会保留，其余的已标出。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="471"/>
        <source>{total} runs in {time}</source>
        <translation>{total} 次运行，用时 {time}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="495"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="497"/>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="498"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="504"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="504"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="505"/>
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="512"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="41"/>
        <source>learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="42"/>
        <source>layers L</source>
        <translation>层数 L</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="43"/>
        <source>units n[l]</source>
        <translation>单元数 n[l]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="44"/>
        <source>activation g</source>
        <translation>激活函数 g</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="45"/>
        <source>initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="46"/>
        <source>mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="47"/>
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="58"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="65"/>
        <source>batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="69"/>
        <source>base</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="90"/>
        <source>The data of this run is no longer open.</source>
        <translation>这次运行的数据已经不再打开。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="104"/>
        <source>The data of this run has changed shape since it ran.</source>
        <translation>这次运行之后，它的数据形状已经改变。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/processes/sweep_worker.py" line="34"/>
        <source>the worker process ended unexpectedly ({how})</source>
        <translation>工作进程意外结束（{how}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/processes/sweep_worker.py" line="37"/>
        <source>the worker process ran out of memory ({detail})</source>
        <translation>工作进程内存不足（{detail}）</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <location filename="../../visualnet/app/widgets/experiments_page.py" line="42"/>
        <source>&lt;b&gt;Idea → code → experiment&lt;/b&gt;: say what you expect, run it, and let the result give you the next idea.</source>
        <translation>&lt;b&gt;想法 → 代码 → 实验&lt;/b&gt;：先写下你的预期，再运行，让结果给你下一个想法。</translation>
    </message>
</context>
<context>
    <name>HyperparametersPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="122"/>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="129"/>
        <source>How far each step of gradient descent moves W and b: too small is slow, too large diverges.</source>
        <translation>梯度下降每一步让 W 和 b 移动多远：太小则慢，太大则发散。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="122"/>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="130"/>
        <source>How many updates of the parameters one press of Train runs.</source>
        <translation>按一次“训练”对参数进行多少次更新。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="123"/>
        <source>Mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="132"/>
        <source>How many examples each update looks at; full batch uses all m, as in the course.</source>
        <translation>每次更新使用多少个样本；全批量使用全部 m 个样本，与课程一致。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="123"/>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="134"/>
        <source>How W[l] is drawn before training; b[l] starts at 0. Zeros shows the symmetry problem.</source>
        <translation>训练前如何抽取 W[l]；b[l] 从 0 开始。“全零”会展示对称性问题。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="124"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="135"/>
        <source>The update rule: plain gradient descent, with momentum, or Adam.</source>
        <translation>更新规则：普通梯度下降、动量法或 Adam。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="124"/>
        <source>L2 regularization λ</source>
        <translation>L2 正则化 λ</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="137"/>
        <source>Adds λ/(2m) Σ‖W[l]‖² to the cost, pulling the weights towards 0 against overfitting.</source>
        <translation>在代价上加上 λ/(2m) Σ‖W[l]‖²，把权重拉向 0 以防过拟合。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="124"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="139"/>
        <source>Seeds the initial draw and the mini-batch shuffles: the same seed gives the same run.</source>
        <translation>决定初始抽取和小批量打乱：相同的种子得到相同的运行。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="146"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="147"/>
        <source>He (√(2/n[l-1]))</source>
        <translation>He (√(2/n[l-1]))</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="147"/>
        <source>Xavier (√(1/n[l-1]))</source>
        <translation>Xavier (√(1/n[l-1]))</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="148"/>
        <source>Small (× 0.01)</source>
        <translation>小值 (× 0.01)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="148"/>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="149"/>
        <source>The course&apos;s (÷ √n[l-1])</source>
        <translation>课程中的 (÷ √n[l-1])</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="173"/>
        <source>These are hyperparameters: you choose them. The parameters W[l], b[l] ({count} numbers) are what training learns.</source>
        <translation>这些是超参数：由你来选择。参数 W[l]、b[l]（共 {count} 个数）才是训练要学习的。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="180"/>
        <source>Set {name}</source>
        <translation>设置{name}</translation>
    </message>
</context>
<context>
    <name>InitComparison</name>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="72"/>
        <source>The same network, seed and data, started four ways. Zeros: every unit of a layer starts equal, gets the same gradient and stays equal, so &quot;distinct units&quot; stays at 1 — the layer works as a single unit (the symmetry problem). × 0.01: each layer shrinks the signal, so in a deep network the first updates barely move and the cost stays flat for a long stretch. He (for ReLU) and Xavier (for tanh) keep the signal&apos;s size from layer to layer, and the cost falls from the start.</source>
        <translation>同样的网络、随机种子和数据，用四种方式开始。全零：一层中每个单元起点相同，得到相同的梯度，并一直保持相同，所以“不同的单元”始终是 1——这一层就像只有一个单元（对称性问题）。× 0.01：每一层都让信号变小，所以在深层网络里，最初的更新几乎不动，代价长时间保持平坦。He（用于 ReLU）和 Xavier（用于 tanh）让信号的大小在层与层之间保持不变，代价从一开始就下降。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="79"/>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="80"/>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="97"/>
        <source>This network has L = {L}: the slow start of × 0.01 shows clearly from L = {deep} on (the course&apos;s network has L = 4).</source>
        <translation>这个网络 L = {L}：× 0.01 的缓慢起步从 L = {deep} 起会很明显（课程中的网络 L = 4）。</translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="282"/>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="334"/>
        <source>Add layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="283"/>
        <source>Add a hidden layer just before the output layer (Ctrl+Insert)</source>
        <translation>在输出层之前添加一个隐藏层（Ctrl+Insert）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="284"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="285"/>
        <source>Insert a hidden layer before the selected one (Insert)</source>
        <translation>在选中的层之前插入一个隐藏层（Insert）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="286"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="287"/>
        <source>Remove the selected hidden layer (Delete)</source>
        <translation>删除选中的隐藏层（Delete）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="288"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="289"/>
        <source>Move the selected hidden layer towards the input (Ctrl+Up)</source>
        <translation>把选中的隐藏层移向输入层（Ctrl+Up）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="290"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="291"/>
        <source>Move the selected hidden layer towards the output (Ctrl+Down)</source>
        <translation>把选中的隐藏层移向输出层（Ctrl+Down）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="292"/>
        <source>Units of the selected hidden layer; arrow keys step, holding them makes one undo step</source>
        <translation>选中隐藏层的单元数；用方向键调整，连续调整只算一步撤销</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="300"/>
        <source>Choose a preset network…</source>
        <translation>选择预设网络…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="342"/>
        <source>Insert layer</source>
        <translation>插入层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="349"/>
        <source>There is no hidden layer to remove: this is logistic regression.</source>
        <translation>没有可删除的隐藏层：现在是逻辑回归。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="353"/>
        <source>Remove layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="364"/>
        <source>Move layer</source>
        <translation>移动层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="378"/>
        <source>Preset: {name}</source>
        <translation>预设：{name}</translation>
    </message>
</context>
<context>
    <name>LayerTableModel</name>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="80"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="80"/>
        <source>Units n[l]</source>
        <translation>单元数 n[l]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="80"/>
        <source>Activation g[l]</source>
        <translation>激活函数 g[l]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="99"/>
        <source>input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="99"/>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="99"/>
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="114"/>
        <source>n[0] = n_x: one input unit per feature of the dataset. It follows the dataset.</source>
        <translation>n[0] = n_x：数据集的每个特征对应一个输入单元，由数据集决定。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="116"/>
        <source>n[L] follows the task: 1 sigmoid unit for two classes, C softmax units for C classes.</source>
        <translation>n[L] 由任务决定：两类用 1 个 sigmoid 单元，C 类用 C 个 softmax 单元。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="118"/>
        <source>Type the number of units n[{l}] and press Enter.</source>
        <translation>输入单元数 n[{l}] 后按回车。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="120"/>
        <source>Choose the activation g[{l}] of this layer.</source>
        <translation>选择这一层的激活函数 g[{l}]。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="145"/>
        <source>Change g[L]</source>
        <translation>更改 g[L]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="151"/>
        <source>n[{l}] must be a whole number, not “{text}”</source>
        <translation>n[{l}] 必须是整数，而不是“{text}”</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="154"/>
        <source>Set n[{l}]</source>
        <translation>设置 n[{l}]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="156"/>
        <source>Change g[{l}]</source>
        <translation>更改 g[{l}]</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/footer.py" line="121"/>
        <source>Unit colour: its mean activation a[l]_j on {m} training examples (inputs grey).</source>
        <translation>单元颜色：它在 {m} 个训练样本上的平均激活值 a[l]_j（输入为灰色）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/footer.py" line="123"/>
        <source>Edge W[l]_jk: red &gt; 0, blue &lt; 0; wider for a larger |W[l]_jk| compared with the largest in W[l].</source>
        <translation>连线 W[l]_jk：红色 &gt; 0，蓝色 &lt; 0；|W[l]_jk| 相对于 W[l] 中最大值越大，线越粗。</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <location filename="../../visualnet/app/widgets/lesson_bar.py" line="91"/>
        <source>‹ Previous</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/lesson_bar.py" line="92"/>
        <source>The previous step (Page Up)</source>
        <translation>上一步（Page Up）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/lesson_bar.py" line="94"/>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/lesson_bar.py" line="95"/>
        <source>The next step (Page Down)</source>
        <translation>下一步（Page Down）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/lesson_bar.py" line="97"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/lesson_bar.py" line="98"/>
        <source>End the lesson; the app stays as it is (Esc)</source>
        <translation>结束课程；应用保持当前状态（Esc）</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="139"/>
        <location filename="../../visualnet/app/lessons.py" line="200"/>
        <source>Notation</source>
        <translation>符号约定</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="139"/>
        <source>A network of L layers: the input is layer 0, so this one (n = {sizes}) has L = {L}. Layer l has n[l] units and the activation g[l]; its parameters are W[l], of shape (n[l], n[l-1]), and b[l], of shape (n[l], 1). The input is A[0] = X and the prediction is ŷ = A[L]. Layer 1 is highlighted in the layer editor and the diagram: change n[1] and watch every shape follow.</source>
        <translation>一个 L 层的网络：输入是第 0 层，所以这个网络（n = {sizes}）的 L = {L}。第 l 层有 n[l] 个单元，激活函数为 g[l]；它的参数是 W[l]，形状为 (n[l], n[l-1])，以及 b[l]，形状为 (n[l], 1)。输入为 A[0] = X，预测为 ŷ = A[L]。层编辑器和网络图中高亮的是第 1 层：修改 n[1]，看每个形状如何随之变化。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="145"/>
        <source>Forward propagation for one example</source>
        <translation>单个样本的前向传播</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="145"/>
        <source>For one example x (m = 1), layer after layer: z[l] = W[l] a[l-1] + b[l], then a[l] = g[l](z[l]), from a[0] = x up to ŷ = a[L]. The pass shows one real training example, at its first step: → takes the next step, Space plays.</source>
        <translation>对单个样本 x（m = 1），逐层计算：z[l] = W[l] a[l-1] + b[l]，再 a[l] = g[l](z[l])，从 a[0] = x 一直到 ŷ = a[L]。传播视图展示一个真实的训练样本，停在第一步：按 → 走下一步，按空格键播放。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="150"/>
        <source>Forward propagation, vectorized</source>
        <translation>前向传播的向量化</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="150"/>
        <source>Put the m examples side by side as the columns of X and the same two lines compute them all at once: Z[l] = W[l] A[l-1] + b[l] (b[l] is broadcast to every column) and A[l] = g[l](Z[l]). Only the shapes change: Z[l] and A[l] are (n[l], m). One example is off now: the pass runs on the examples a training step uses.</source>
        <translation>把 m 个样本并排作为 X 的各列，同样两行公式就能一次算完所有样本：Z[l] = W[l] A[l-1] + b[l]（b[l] 广播到每一列），A[l] = g[l](Z[l])。变的只有形状：Z[l] 和 A[l] 是 (n[l], m)。现在已关闭“单个样本”：传播使用一次训练步骤所用的样本。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="156"/>
        <location filename="../../visualnet/app/lessons.py" line="201"/>
        <source>Matrix shapes</source>
        <translation>矩阵形状</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="156"/>
        <source>Checking shapes catches most bugs: W[l] is (n[l], n[l-1]), b[l] is (n[l], 1), Z[l] and A[l] are (n[l], m), and dW[l], db[l] have the shapes of W[l], b[l]. The shape quiz is on: the panel hides the numbers and asks for them. Ctrl+K turns the quiz off.</source>
        <translation>检查形状能抓住大多数错误：W[l] 是 (n[l], n[l-1])，b[l] 是 (n[l], 1)，Z[l] 和 A[l] 是 (n[l], m)，dW[l]、db[l] 与 W[l]、b[l] 形状相同。形状测验已打开：面板隐藏了数字并请你填写。按 Ctrl+K 关闭测验。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="160"/>
        <source>Why deep: the sawtooth</source>
        <translation>为什么要深：锯齿波</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="160"/>
        <source>Some functions are cheap for a deep network and dear for a shallow one. A sawtooth with 2^k teeth takes k layers of 2 ReLU units; with one hidden layer it takes 2^k units. The Why deep panel builds both exactly and counts their linear pieces.</source>
        <translation>有些函数对深层网络很便宜，对浅层网络却很昂贵。一个有 2^k 个齿的锯齿波，用 k 层、每层 2 个 ReLU 单元即可表示；只用一个隐藏层则需要 2^k 个单元。“为什么要深（锯齿波）”面板精确地构造这两种网络，并数出它们的线性段数。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="164"/>
        <source>Why deep: parity, the circuit argument</source>
        <translation>为什么要深：奇偶性与电路论证</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="164"/>
        <source>The course&apos;s example from circuit theory: the parity (XOR) of n bits takes a tree of n − 1 XOR gates, about log₂ n levels deep, while one layer of AND gates under an OR needs 2^(n−1) of them. The table under the study counts both for each n; the study trains deep and shallow networks on it.</source>
        <translation>课程中来自电路理论的例子：n 位的奇偶性（异或）用 n − 1 个异或门组成的树即可计算，深度约为 log₂ n 层；而一层与门再接一个或门则需要 2^(n−1) 个与门。实验下方的表格按每个 n 数出这两种门数；实验本身在奇偶性上训练深层和浅层网络。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="168"/>
        <source>Why deep: what the layers respond to</source>
        <translation>为什么要深：各层对什么有反应</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="168"/>
        <source>The course&apos;s picture: early layers detect simple things (edges, strokes), later layers combine them. The Weights panel shows, for each unit of layer 2, the training digits that excite it most, and measures how often they share a class, layer by layer: train, then look before you believe the picture.</source>
        <translation>课程里的图景：前面的层检测简单的东西（边缘、笔画），后面的层把它们组合起来。权重面板显示第 2 层每个单元最能激活它的训练数字，并逐层度量这些数字属于同一类别的频率：先训练，再亲眼看看，然后再决定是否相信这幅图景。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="173"/>
        <location filename="../../visualnet/app/lessons.py" line="202"/>
        <source>Building blocks and caches</source>
        <translation>构建模块与缓存</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="173"/>
        <source>Each layer is a block. Forward takes A[l-1] and gives A[l], keeping the cache (A[l-1], W[l], b[l], Z[l]); backward takes dA[l] and that cache and gives dA[l-1], dW[l] and db[l]. The pass stands at the step that stores cache[1]: the backward pass reads it back.</source>
        <translation>每一层是一个模块。前向接收 A[l-1]，输出 A[l]，并保存缓存 (A[l-1], W[l], b[l], Z[l])；反向接收 dA[l] 和这份缓存，输出 dA[l-1]、dW[l] 和 db[l]。传播停在保存 cache[1] 的那一步：反向传播会把它读回来。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="178"/>
        <location filename="../../visualnet/app/lessons.py" line="203"/>
        <source>Backward propagation</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="178"/>
        <source>Backward runs the blocks from l = L down to 1: dZ[l] = dA[l] * g[l]&apos;(Z[l]), dW[l] = (1/m) dZ[l] A[l-1]ᵀ, db[l] = (1/m) Σ dZ[l], dA[l-1] = W[l]ᵀ dZ[l] (with L2, dW[l] also gets (λ/m) W[l]). The pass stands at the first backward step, at the output layer L.</source>
        <translation>反向传播从 l = L 到 1 依次运行各模块：dZ[l] = dA[l] * g[l]&apos;(Z[l])，dW[l] = (1/m) dZ[l] A[l-1]ᵀ，db[l] = (1/m) Σ dZ[l]，dA[l-1] = W[l]ᵀ dZ[l]（使用 L2 时，dW[l] 还要加上 (λ/m) W[l]）。传播停在反向的第一步，即输出层 L。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="183"/>
        <location filename="../../visualnet/app/lessons.py" line="204"/>
        <source>Parameters vs hyperparameters</source>
        <translation>参数与超参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="183"/>
        <source>Parameters are what the network learns: W[l] and b[l]. Hyperparameters are what you choose, and they decide what the parameters become: the learning rate α, the iterations, L, n[l], g[l], the mini-batch size, λ, the initialization. The panel sets them side by side.</source>
        <translation>参数是网络学到的东西：W[l] 和 b[l]。超参数是你来选择的，它们决定参数最终变成什么：学习率 α、迭代次数、L、n[l]、g[l]、小批量大小、λ、初始化方式。面板把两者并排列出。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="187"/>
        <source>Trying hyperparameters</source>
        <translation>尝试超参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="187"/>
        <source>Choosing them is empirical: idea, code, experiment, again. The sweep has α chosen with a few usual values: Start trains one network per value, in the background, and draws their costs together.</source>
        <translation>选择超参数是一个经验过程：想法、代码、实验，循环往复。扫描已选好 α 和几个常用取值：点击“开始”会在后台为每个取值训练一个网络，并把它们的代价曲线画在一起。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="191"/>
        <location filename="../../visualnet/app/lessons.py" line="205"/>
        <source>The brain analogy</source>
        <translation>与大脑的类比</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="191"/>
        <source>A logistic unit computes a = σ(wᵀx + b): a weighted sum, then a squashing function. A neuron also gathers signals and fires or not, which is where the comparison comes from. It is loose: one real neuron does far more than one logistic unit, and as far as anyone knows the brain does not learn by this backpropagation. The panel shows unit 0 of layer 1 (its g[1] is {g}): what one unit really computes.</source>
        <translation>一个逻辑单元计算 a = σ(wᵀx + b)：先加权求和，再经过一个压缩函数。神经元也汇集信号并决定是否放电，这就是类比的由来。但这个类比很粗略：一个真实的神经元远比一个逻辑单元复杂，而且就目前所知，大脑并不是用这种反向传播来学习的。面板显示第 1 层的单元 0（它的 g[1] 是 {g}）：一个单元实际计算的是什么。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="200"/>
        <source>Forward propagation</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="201"/>
        <source>Why deep</source>
        <translation>为什么要深</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="206"/>
        <source>Lesson: the demo network</source>
        <translation>课程：示例网络</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="207"/>
        <source>This step set up the demo network (digits, hidden layers 20, 7, 5): it is one undo step, Ctrl+Z brings yours back.</source>
        <translation>这一步换成了示例网络（手写数字，隐藏层 20、7、5）：这是一个撤销步骤，按 Ctrl+Z 即可恢复你的网络。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="209"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="209"/>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/lessons.py" line="210"/>
        <source>Close the lesson</source>
        <translation>关闭课程</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="283"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="283"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="284"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="284"/>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="285"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="285"/>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="286"/>
        <source>Matrix shapes</source>
        <translation>矩阵形状</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="287"/>
        <source>Parameters and hyperparameters</source>
        <translation>参数与超参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="289"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="290"/>
        <source>Forward and backward pass</source>
        <translation>前向与反向传播</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="291"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="292"/>
        <source>Hyperparameter sweep</source>
        <translation>超参数扫描</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="293"/>
        <source>Depth versus width (parity)</source>
        <translation>深度与宽度（奇偶校验）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="293"/>
        <source>Why deep (sawtooth)</source>
        <translation>为什么要深（锯齿波）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="295"/>
        <source>&amp;Experiments</source>
        <translation>实验(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="296"/>
        <source>&amp;Network diagram</source>
        <translation>网络图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="297"/>
        <source>Forward and backward &amp;pass</source>
        <translation>前向与反向传播(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="298"/>
        <source>&amp;Train / pause</source>
        <translation>训练/暂停(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="299"/>
        <source>&amp;Step one iteration</source>
        <translation>单步迭代(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="300"/>
        <source>&amp;Reset parameters</source>
        <translation>重置参数(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="301"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="302"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="304"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="305"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="306"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="307"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="308"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="309"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="310"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="311"/>
        <source>Shape &amp;quiz</source>
        <translation>形状测验(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="312"/>
        <source>Hide the numbers of the shapes and ask for them</source>
        <translation>隐藏形状中的数字并提问</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="313"/>
        <source>Reset &amp;layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="314"/>
        <source>Reset &amp;settings…</source>
        <translation>重置设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="315"/>
        <source>&amp;About visualnet</source>
        <translation>关于 visualnet(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="316"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="317"/>
        <source>&amp;Presentation (full screen, large text)</source>
        <translation>演示模式(&amp;P)（全屏、大字）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="318"/>
        <source>For a projector: full screen, larger text and lines, only the panels a lesson needs; F11 or Esc leaves</source>
        <translation>用于投影：全屏，更大的文字和线条，只保留讲课需要的面板；按 F11 或 Esc 退出</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="320"/>
        <source>Leave presentation</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="321"/>
        <source>&amp;Hide controls (saved in the project)</source>
        <translation>隐藏控件(&amp;H)（保存在项目中）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="292"/>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="323"/>
        <source>Changing the layers</source>
        <translation>修改网络层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="323"/>
        <source>Choosing the dataset</source>
        <translation>选择数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="326"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="327"/>
        <source>&amp;Cost plot or cost history (PNG, SVG, CSV)…</source>
        <translation>代价曲线或代价历史(&amp;C)（PNG、SVG、CSV）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="328"/>
        <source>&amp;Weight images (PNG, SVG)…</source>
        <translation>权重图像(&amp;W)（PNG、SVG）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="329"/>
        <source>&amp;Decision boundary (PNG, SVG)…</source>
        <translation>决策边界(&amp;D)（PNG、SVG）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="330"/>
        <source>&amp;Network diagram (PNG, SVG)…</source>
        <translation>网络图(&amp;N)（PNG、SVG）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="331"/>
        <source>&amp;Pass animation, current step (PNG, SVG)…</source>
        <translation>传播动画当前一步(&amp;P)（PNG、SVG）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="360"/>
        <source>L = {L} · {count} parameters · m = {m} · dataset: {name}</source>
        <translation>L = {L} · {count} 个参数 · m = {m} · 数据集：{name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="376"/>
        <source>iteration {i} · cost {J}</source>
        <translation>第 {i} 次迭代 · 代价 {J}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="378"/>
        <source>train {train:.1%}</source>
        <translation>训练集 {train:.1%}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="380"/>
        <source>dev {dev:.1%}</source>
        <translation>开发集 {dev:.1%}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="382"/>
        <source>{rate} it/s</source>
        <translation>{rate} 次/秒</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="384"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="425"/>
        <location filename="../../visualnet/app/main_window.py" line="432"/>
        <location filename="../../visualnet/app/main_window.py" line="435"/>
        <location filename="../../visualnet/app/main_window.py" line="437"/>
        <source>Reset settings</source>
        <translation>重置设置</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="426"/>
        <source>Forget the window layout and your last choices, and go back to the demo network?</source>
        <translation>忘记窗口布局和上次的选择，回到演示网络吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="524"/>
        <source>An experiment&apos;s results were not read: {reason}</source>
        <translation>没有读取某个实验的结果：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="574"/>
        <source>About visualnet</source>
        <translation>关于 visualnet</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="575"/>
        <source>visualnet shows why the math of deep L-layer networks works: every shape, every pass, every step of training, computed by its own NumPy engine in the notation of Andrew Ng&apos;s course.</source>
        <translation>visualnet 展示深层 L 层神经网络的数学为什么成立：每个形状、每次传播、每一步训练，都由它自己的 NumPy 引擎计算，并采用吴恩达课程的记号。</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../visualnet/app/texts.py" line="18"/>
        <source>Planar flower (course)</source>
        <translation>平面花朵（课程）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="19"/>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="20"/>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="21"/>
        <source>XOR</source>
        <translation>异或 (XOR)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="22"/>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="23"/>
        <source>Gaussian blobs</source>
        <translation>高斯团簇</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="24"/>
        <source>Sine (regression)</source>
        <translation>正弦（回归）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="25"/>
        <source>Sawtooth (regression)</source>
        <translation>锯齿波（回归）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="26"/>
        <source>n-bit parity</source>
        <translation>n 位奇偶校验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="27"/>
        <source>Handwritten digits (8×8)</source>
        <translation>手写数字 (8×8)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="28"/>
        <source>Digits 0 vs 1</source>
        <translation>数字 0 与 1</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="44"/>
        <source>killed by signal {n}</source>
        <translation>被信号 {n} 终止</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="45"/>
        <source>exit code {n}</source>
        <translation>退出码 {n}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="52"/>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="59"/>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="60"/>
        <source>Momentum</source>
        <translation>动量法</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="61"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="71"/>
        <source>Logistic regression (L = 1)</source>
        <translation>逻辑回归 (L = 1)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="72"/>
        <source>One hidden layer (4 tanh units)</source>
        <translation>单隐藏层（4 个 tanh 单元）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="73"/>
        <source>The course&apos;s 4-layer network (20, 7, 5)</source>
        <translation>课程中的 4 层网络 (20, 7, 5)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="74"/>
        <source>Deep and narrow (8 layers of 6)</source>
        <translation>深而窄（8 层，每层 6 个）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="90"/>
        <source>Zeros</source>
        <translation>全零 (zeros)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="91"/>
        <source>Small (× 0.01)</source>
        <translation>小值 (small, × 0.01)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="92"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="93"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="94"/>
        <source>The course&apos;s (÷ √n[l-1])</source>
        <translation>课程中的 (÷ √n[l-1])</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="101"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="102"/>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="103"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="104"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="105"/>
        <source>linear</source>
        <translation>线性 (linear)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="106"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/__init__.py" line="301"/>
        <source>input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/__init__.py" line="301"/>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/__init__.py" line="301"/>
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/__init__.py" line="363"/>
        <source>The first {k} of its {n} units are drawn.</source>
        <translation>只画出了它 {n} 个单元中的前 {k} 个。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/__init__.py" line="366"/>
        <source>Click a unit to see its incoming weights.</source>
        <translation>点击一个单元，查看它的输入权重。</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="103"/>
        <source>Parameters are learned; hyperparameters are chosen by you, and control how the parameters are learned.</source>
        <translation>参数是学出来的；超参数由你选择，它们控制参数如何被学习。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="105"/>
        <source>Parameters: learned by gradient descent</source>
        <translation>参数：由梯度下降学习</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="106"/>
        <source>Hyperparameters: chosen by you (sweep to compare values)</source>
        <translation>超参数：由你选择（用扫描比较不同取值）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="107"/>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="107"/>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="107"/>
        <source>numbers</source>
        <translation>个数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="108"/>
        <source>hyperparameter</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="108"/>
        <source>value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="110"/>
        <source>Sweep…</source>
        <translation>扫描…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="111"/>
        <source>Open the hyperparameter sweep with this one chosen</source>
        <translation>打开超参数扫描，并选中这个超参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="134"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="147"/>
        <source>learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="147"/>
        <source>iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="148"/>
        <source>layers L</source>
        <translation>层数 L</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="148"/>
        <source>units n[l]</source>
        <translation>单元数 n[l]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="148"/>
        <source>activations g[l]</source>
        <translation>激活函数 g[l]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="149"/>
        <source>initialization</source>
        <translation>初始化方式</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="149"/>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="149"/>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="150"/>
        <source>mini-batch size</source>
        <translation>mini-batch 大小</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="150"/>
        <source>L2 regularization λ</source>
        <translation>L2 正则化 λ</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="158"/>
        <source>{hidden} (n[0] = {n_x} and n[L] = {n_L} follow the data)</source>
        <translation>{hidden}（n[0] = {n_x} 和 n[L] = {n_L} 由数据决定）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="160"/>
        <source>no hidden layer (n[0] = {n_x}, n[L] = {n_L})</source>
        <translation>没有隐藏层（n[0] = {n_x}，n[L] = {n_L}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="162"/>
        <source>none (gradient descent)</source>
        <translation>无（梯度下降）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parameters_panel.py" line="164"/>
        <source>full batch (m = {m})</source>
        <translation>全批量（m = {m}）</translation>
    </message>
</context>
<context>
    <name>ParityStudy</name>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="176"/>
        <source>&lt;p&gt;Each point is measured: for n bits and a depth of 1, 2, 3, … hidden layers of equal width w, the smallest w with which training (Adam, several seeds) classified all 2&lt;sup&gt;n&lt;/sup&gt; patterns right, checked again by a fresh forward pass. A hollow point did not reach 100% within the budget: it shows the width that came closest (its accuracy is in the table).&lt;/p&gt;&lt;p&gt;What to look for: how fast each line climbs as n grows — on the left the units each hidden layer needed, on the right the parameters in all. The course&apos;s argument counts logic gates (the dashed line): an AND/OR circuit with one hidden layer needs 2&lt;sup&gt;n−1&lt;/sup&gt; gates for parity, a tree of XORs with about log&lt;sub&gt;2&lt;/sub&gt; n layers only about n. A tanh unit is stronger than a gate — it weighs and adds up all of its inputs, so one layer can count the 1 bits — and the measured one-hidden-layer line grows roughly in proportion to n, far below the dashed line. Deeper networks get by with narrower layers as n grows; whether that saves parameters in all is what the right-hand plot measures. Training is a search: a width that could fit parity may still be missed, so points can wobble.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个点都是测出来的：对 n 位输入和 1、2、3……个等宽 w 的隐藏层，找出训练（Adam，多个随机种子）能把全部 2&lt;sup&gt;n&lt;/sup&gt; 个模式分对的最小 w，并用一次新的前向传播再检查一遍。空心点表示在预算内没有达到 100%：它显示最接近的宽度（准确率见表格）。&lt;/p&gt;&lt;p&gt;要看的是：随着 n 增大，每条线爬升得有多快——左图是每个隐藏层需要的单元数，右图是参数总数。课程的论证数的是逻辑门（虚线）：只有一个隐藏层的与/或电路计算奇偶校验需要 2&lt;sup&gt;n−1&lt;/sup&gt; 个门，而约 log&lt;sub&gt;2&lt;/sub&gt; n 层的异或树只需要大约 n 个。一个 tanh 单元比逻辑门更强——它对所有输入加权求和，所以一层就能数出 1 的个数——测得的单隐藏层曲线大致与 n 成正比，远低于虚线。随着 n 增大，更深的网络可以用更窄的层；这是否也减少了参数总数，正是右图所测量的。训练是一种搜索：本来能拟合奇偶校验的宽度也可能没找到，所以点会有些波动。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="189"/>
        <source>Bits n from</source>
        <translation>位数 n 从</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="189"/>
        <source>Depths (hidden layers)</source>
        <translation>深度（隐藏层数）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="189"/>
        <source>Iterations per try</source>
        <translation>每次尝试的迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="190"/>
        <source>Tries per width (seeds)</source>
        <translation>每个宽度尝试次数（随机种子）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="190"/>
        <source>Widest w tried</source>
        <translation>尝试的最大宽度 w</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="193"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="194"/>
        <source>A list such as 1, 2, 3 or a range such as 1..4</source>
        <translation>列表如 1, 2, 3，或范围如 1..4</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="195"/>
        <source>units per hidden layer w needed</source>
        <translation>每个隐藏层需要的单元数 w</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="196"/>
        <source>parameters needed</source>
        <translation>需要的参数数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="195"/>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="196"/>
        <source>bits n</source>
        <translation>位数 n</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="198"/>
        <source>The circuit argument counted: one level of AND gates and an OR needs an AND for each of the 2ⁿ⁻¹ odd patterns; a tree of 2-input XOR gates needs n − 1 gates in ⌈log₂ n⌉ levels. Units that weigh and add their inputs escape this bound: they can count the 1 bits, and one hidden layer of n threshold units (“at least j bits are 1”) and an output unit, n + 1 in all, compute parity.</source>
        <translation>按电路论证来数：只有一层 AND 门再加一个 OR 门的电路，要为 2ⁿ⁻¹ 个奇数模式各配一个 AND 门；由两输入 XOR 门组成的树只需 n − 1 个门，共 ⌈log₂ n⌉ 层。对输入加权求和的单元不受这个界限约束：它们能数出 1 的个数——一个含 n 个阈值单元（“至少有 j 个比特为 1”）的隐藏层加一个输出单元，共 n + 1 个，就能计算奇偶性。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="203"/>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="207"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="203"/>
        <source>AND/OR gates</source>
        <translation>AND/OR 门数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="203"/>
        <source>XOR gates</source>
        <translation>XOR 门数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="203"/>
        <source>XOR levels</source>
        <translation>XOR 层数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="204"/>
        <source>threshold units</source>
        <translation>阈值单元数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="207"/>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="207"/>
        <source>width w</source>
        <translation>宽度 w</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="207"/>
        <source>hidden units</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="207"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="208"/>
        <source>reached 100%</source>
        <translation>达到 100%</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="208"/>
        <source>best accuracy</source>
        <translation>最佳准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="208"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="216"/>
        <source>The bits run from {first} to {last}: no values. Make the first number the smaller one.</source>
        <translation>位数从 {first} 到 {last}：没有任何值。请让第一个数较小。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="227"/>
        <source>{runs} searches on {children} process(es): typically about {time} (each search stops at the first width that fits)</source>
        <translation>{runs} 次搜索，使用 {children} 个进程：通常约 {time}（每次搜索在第一个能拟合的宽度处停止）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="271"/>
        <source>depth {depth}</source>
        <translation>深度 {depth}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="275"/>
        <source>an AND/OR circuit with one hidden layer: 2ⁿ⁻¹ gates (theory)</source>
        <translation>单隐藏层的与/或电路：2ⁿ⁻¹ 个门（理论）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="276"/>
        <source>not reached within the budget</source>
        <translation>预算内未达到</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="283"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="283"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="288"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PassAnimation</name>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="153"/>
        <source>One step back (←)</source>
        <translation>后退一步 (←)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="153"/>
        <source>One step forward (→)</source>
        <translation>前进一步 (→)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="154"/>
        <source>Back to the start of the pass (Home)</source>
        <translation>回到传播的开头 (Home)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="157"/>
        <source>Start</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="159"/>
        <source>Forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="159"/>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="159"/>
        <source>Backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="160"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="163"/>
        <source>Jump to the first step of this phase</source>
        <translation>跳到这一阶段的第一步</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="164"/>
        <source>New batch</source>
        <translation>换一批</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="165"/>
        <source>Start again on another batch (another example when m = 1)</source>
        <translation>换一批数据重新开始（m = 1 时换一个样本）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="166"/>
        <source>Zoom to fit</source>
        <translation>缩放到合适</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="167"/>
        <source>Show the whole diagram; the mouse wheel zooms and dragging pans</source>
        <translation>显示整个图；鼠标滚轮缩放，拖动平移</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="168"/>
        <source>One example (m = 1)</source>
        <translation>单个样本 (m = 1)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="169"/>
        <source>Follow one example, in the course&apos;s x, z[l], a[l]; off: the vectorized batch X, Z[l], A[l] with one column per example</source>
        <translation>跟随单个样本，使用课程中的 x、z[l]、a[l]；关闭时显示向量化的一批 X、Z[l]、A[l]，每列一个样本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="171"/>
        <source>Follow training</source>
        <translation>跟随训练</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="172"/>
        <source>While training runs, show the pass with the parameters of the current iteration</source>
        <translation>训练进行时，用当前迭代的参数显示传播过程</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="174"/>
        <source>Steps per second</source>
        <translation>每秒步数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="241"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="241"/>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="242"/>
        <source>Play or pause the pass (Space)</source>
        <translation>播放或暂停传播 (空格)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="247"/>
        <source>Speed: {n:g} steps/s</source>
        <translation>速度：每秒 {n:g} 步</translation>
    </message>
</context>
<context>
    <name>PassPlayer</name>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/player.py" line="75"/>
        <source>there is not enough memory for one pass</source>
        <translation>内存不够跑一次传播</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/player.py" line="77"/>
        <source>No pass to show: {reason}</source>
        <translation>无法显示传播：{reason}</translation>
    </message>
</context>
<context>
    <name>PassScene</name>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="327"/>
        <source>Layer {l}</source>
        <translation>第 {l} 层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="293"/>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="333"/>
        <source>cache[{l}]</source>
        <translation>缓存[{l}]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="110"/>
        <source>caches</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="110"/>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="296"/>
        <source>(new)</source>
        <translation>（新）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="340"/>
        <source>Layer {l}, backward</source>
        <translation>第 {l} 层，反向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="110"/>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="348"/>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="354"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="119"/>
        <source>visualnet — see the math of deep networks</source>
        <translation>visualnet — 看懂深度神经网络的数学</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="135"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="136"/>
        <source>Save the changes to {name} first?</source>
        <translation>先保存对 {name} 的更改吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="137"/>
        <source>this project</source>
        <translation>这个项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="156"/>
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="157"/>
        <location filename="../../visualnet/app/project_controller.py" line="224"/>
        <source>visualnet projects (*{suffix})</source>
        <translation>visualnet 项目 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="175"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="176"/>
        <source>{name} was not opened: {reason}

The current project is unchanged.</source>
        <translation>没有打开 {name}：{reason}

当前项目没有改变。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="191"/>
        <source>Where is the dataset?</source>
        <translation>数据集在哪里？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="192"/>
        <source>The project&apos;s dataset file {file} is not there any more. Find it?</source>
        <translation>项目的数据集文件 {file} 已经不在原处。要找到它吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="195"/>
        <source>Find {name}</source>
        <translation>查找 {name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="222"/>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="237"/>
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="258"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="259"/>
        <source>{path} was not saved: {reason}

Your work is still here, unsaved; the file keeps what it held before.</source>
        <translation>{path} 未能保存：{reason}

你的工作还在，只是尚未保存；文件仍保留之前的内容。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="270"/>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="275"/>
        <source>the process writing it ended unexpectedly ({how})</source>
        <translation>写入它的进程意外结束（{how}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="278"/>
        <source>there is not enough memory ({detail})</source>
        <translation>内存不足（{detail}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="290"/>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="318"/>
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="335"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="336"/>
        <source>visualnet did not close normally last time. Restore the work it saved automatically ({time})?</source>
        <translation>visualnet 上次没有正常关闭。要恢复它自动保存的工作（{time}）吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="353"/>
        <source>Export parameters</source>
        <translation>导出参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="355"/>
        <location filename="../../visualnet/app/project_controller.py" line="363"/>
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy 压缩包 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="358"/>
        <source>Parameters not exported</source>
        <translation>参数未导出</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="362"/>
        <location filename="../../visualnet/app/project_controller.py" line="382"/>
        <source>Import parameters</source>
        <translation>导入参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="365"/>
        <source>Parameters not imported</source>
        <translation>参数未导入</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="388"/>
        <source>Export as Python scripts</source>
        <translation>导出为 Python 脚本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="390"/>
        <source>Python scripts (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="396"/>
        <source>Scripts not exported</source>
        <translation>脚本未导出</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="405"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="405"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="405"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="406"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="406"/>
        <source>Export &amp;parameters (NPZ)…</source>
        <translation>导出参数(&amp;P)（NPZ）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="407"/>
        <source>&amp;Import parameters (NPZ)…</source>
        <translation>导入参数(&amp;I)（NPZ）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="408"/>
        <source>Export as NumPy and PyTorch &amp;scripts…</source>
        <translation>导出为 NumPy 和 PyTorch 脚本(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="411"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="180"/>
        <source>The best result on the dev set</source>
        <translation>开发集上的最佳结果</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="191"/>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="193"/>
        <source>train J</source>
        <translation>训练集 J</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="194"/>
        <source>dev J</source>
        <translation>开发集 J</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="195"/>
        <source>train accuracy</source>
        <translation>训练集准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="196"/>
        <source>dev accuracy</source>
        <translation>开发集准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="197"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="199"/>
        <source>distinct units</source>
        <translation>不同的单元</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="200"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="230"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="231"/>
        <source>running {percent}%</source>
        <translation>运行中 {percent}%</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="232"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="232"/>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="232"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="233"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="234"/>
        <source>cancelled at iteration {i} of {n}</source>
        <translation>在第 {i} / {n} 次迭代时取消</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="328"/>
        <source>Open as current network</source>
        <translation>作为当前网络打开</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="330"/>
        <source>Make the selected run the current network: its architecture, hyperparameters and trained parameters</source>
        <translation>把选中的运行设为当前网络：它的结构、超参数和训练好的参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="361"/>
        <source>Open run {run}: {label}</source>
        <translation>打开运行 {run}：{label}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../visualnet/app/session.py" line="258"/>
        <source>n[{l}] must be a whole number of at least 1</source>
        <translation>n[{l}] 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="260"/>
        <source>n[{l}] = {n} is more units than any computer can hold</source>
        <translation>n[{l}] = {n} 个单元，任何计算机都放不下</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="262"/>
        <source>g[{l}] = {g} cannot be used in a hidden layer</source>
        <translation>g[{l}] = {g} 不能用于隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="264"/>
        <source>the output layer of this dataset cannot use {g}</source>
        <translation>这个数据集的输出层不能使用 {g}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="267"/>
        <source>this network needs {need} for its parameters; the memory budget is {budget}</source>
        <translation>这个网络的参数需要 {need} 内存；内存预算为 {budget}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="296"/>
        <source>unknown initialization {name}</source>
        <translation>未知的初始化方法 {name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="349"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="351"/>
        <source>iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="352"/>
        <source>mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="353"/>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="506"/>
        <source>This run would need about {need} of memory (parameters, gradients, optimizer state and the caches Z[l], A[l] of a batch of {batch}), and {free} is free. Try fewer units, or mini-batches (a mini-batch size of 64 or 256).</source>
        <translation>这次训练大约需要 {need} 内存（参数、梯度、优化器状态，以及一批 {batch} 个样本的缓存 Z[l]、A[l]），而空闲内存只有 {free}。请减少单元数，或改用小批量（小批量大小取 64 或 256）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="597"/>
        <source>infinite</source>
        <translation>无穷大</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="599"/>
        <source>The cost became {value} at iteration {i}: the learning rate {lr} is too large for this network. Training stopped and kept the parameters of the last finite step; try a smaller learning rate.</source>
        <translation>代价在第 {i} 次迭代时变成了 {value}：学习率 {lr} 对这个网络太大了。训练已停止，并保留了最后一次有限值时的参数；请尝试更小的学习率。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="607"/>
        <source>ln {k} = {value}, guessing among {k} equal classes</source>
        <translation>ln {k} = {value}，相当于在 {k} 个同样多的类别中瞎猜</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="610"/>
        <source>{value}, guessing by the class frequencies</source>
        <translation>{value}，相当于按各类别所占比例瞎猜</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="612"/>
        <source>Stuck at chance level: since iteration {i} the cost stays at {J} ({level}) and the training accuracy at {accuracy}, the share of the largest class: the network gives every example the same answer. Likely causes: a learning rate too large for this depth (α = {lr}), dead ReLU units, or features on very different scales. Try a smaller α (say {smaller}), Adam, or fewer layers, then Reset and train again.</source>
        <translation>停在瞎猜的水平：从第 {i} 次迭代起，代价一直是 {J}（{level}），训练准确率一直是 {accuracy}，即最大类别所占的比例：网络对每个样本都给出同样的答案。可能的原因：对这个深度来说学习率太大（α = {lr}）、ReLU 单元死亡，或各特征的尺度相差很大。请试试更小的 α（例如 {smaller}）、Adam 或更少的层，然后重置再训练。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="621"/>
        <source>Dead units: {dead} of the {n} ReLU units of layer {l} output 0 for every example (at iteration {i}), so no gradient reaches them any more. Likely cause: a learning rate too large (α = {lr}) pushed their biases below zero. Try a smaller α, leaky ReLU, or He initialization, then Reset.</source>
        <translation>死亡单元：第 {l} 层的 {n} 个 ReLU 单元中有 {dead} 个对每个样本都输出 0（第 {i} 次迭代时），梯度再也传不到它们。可能的原因：学习率太大（α = {lr}），把它们的偏置推到了 0 以下。请试试更小的 α、leaky ReLU 或 He 初始化，然后重置。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="627"/>
        <source>The cost jumped from {before} to {after} at iteration {i}, more than tenfold: the learning rate (α = {lr}) is probably too large for this network. Try a smaller α.</source>
        <translation>代价在第 {i} 次迭代从 {before} 跳到 {after}，涨了十倍以上：对这个网络来说学习率（α = {lr}）可能太大了。请试试更小的 α。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="635"/>
        <source>The parameters of iteration {i}, the last received, are kept; press Train to go on.</source>
        <translation>保留最后收到的第 {i} 次迭代的参数；按“训练”可以继续。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="638"/>
        <source>Training ran out of memory ({detail}).</source>
        <translation>训练时内存不足（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="640"/>
        <source>The training process ended unexpectedly ({how}): the system may have stopped it for lack of memory.</source>
        <translation>训练进程意外结束（{how}）：可能是系统因内存不足而终止了它。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="643"/>
        <source>Training failed: {detail}.</source>
        <translation>训练失败：{detail}。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="644"/>
        <source>If it happens again, try fewer units or mini-batches (a mini-batch size of 64 or 256).</source>
        <translation>如果再次发生，请减少单元数，或改用小批量（小批量大小取 64 或 256）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="668"/>
        <source>these parameters are for layer sizes {given}, but the network has {sizes}</source>
        <translation>这些参数对应的层大小是 {given}，但网络是 {sizes}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="709"/>
        <source>the project&apos;s output layer ({g}) does not fit the dataset&apos;s task</source>
        <translation>项目的输出层（{g}）不适合这个数据集的任务</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="714"/>
        <source>the project&apos;s network {saved} does not fit the dataset, which needs {needed}</source>
        <translation>项目的网络 {saved} 不适合这个数据集，它需要 {needed}</translation>
    </message>
</context>
<context>
    <name>ShapePanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="388"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="389"/>
        <source>Hide the numbers and ask for shapes</source>
        <translation>隐藏数字，提问形状</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="390"/>
        <source>Shape quiz</source>
        <translation>形状测验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="391"/>
        <source>(rows, columns)</source>
        <translation>(行, 列)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="392"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="393"/>
        <source>Show answer</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="394"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="407"/>
        <source>{count} parameters ({memory}) · caches for m = {m}: {caches}</source>
        <translation>{count} 个参数（{memory}）· m = {m} 个样本的缓存：{caches}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="411"/>
        <source>One training step holds about {total} at its peak: the parameters, their gradients and the caches</source>
        <translation>一次训练步骤的峰值内存约为 {total}：参数、参数的梯度和缓存</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="555"/>
        <source>Type two whole numbers, like (7, 20)</source>
        <translation>请输入两个整数，例如 (7, 20)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="562"/>
        <source>Right: {symbol} is {numeric} = {symbolic}</source>
        <translation>正确：{symbol} 的形状是 {numeric} = {symbolic}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="576"/>
        <source>Answer: {symbol} is {numeric} = {symbolic}</source>
        <translation>答案：{symbol} 的形状是 {numeric} = {symbolic}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="591"/>
        <source>Not quite: rows come first. {symbol} has {rows} rows and {cols} columns</source>
        <translation>不太对：行数在前。{symbol} 有 {rows} 行、{cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="594"/>
        <source>Not quite: {symbol} has {rows} rows and a single column</source>
        <translation>不太对：{symbol} 有 {rows} 行，只有一列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="597"/>
        <source>Not quite: {symbol} has {rows} rows and one column per example, {cols}</source>
        <translation>不太对：{symbol} 有 {rows} 行，每个样本一列，共 {cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="600"/>
        <source>Not quite: {symbol} has the same shape as {W}: {rows} rows and {cols} columns</source>
        <translation>不太对：{symbol} 与 {W} 形状相同：{rows} 行、{cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="602"/>
        <source>Not quite: {symbol} has {rows} rows and {cols} columns</source>
        <translation>不太对：{symbol} 有 {rows} 行、{cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="609"/>
        <source>What is the shape of {symbol}?</source>
        <translation>{symbol} 的形状是什么？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="610"/>
        <source>{right} / {asked} right</source>
        <translation>答对 {right} / {asked}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="612"/>
        <source>Read {n} in the table; m = {m}. Rows first, then columns.</source>
        <translation>在表中查看 {n}；m = {m}。先写行数，再写列数。</translation>
    </message>
</context>
<context>
    <name>ShapeTableModel</name>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="164"/>
        <source>input layer: {eq}</source>
        <translation>输入层：{eq}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="165"/>
        <source>output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="165"/>
        <source>hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="171"/>
        <source>the input: one column per example</source>
        <translation>输入：每个样本一列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="175"/>
        <source>b is copied across the m = {m} columns to be added to {WA}</source>
        <translation>b 被复制到全部 m = {m} 列，再与 {WA} 相加</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="180"/>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="232"/>
        <source>parameters in {W} and {b}</source>
        <translation>{W} 和 {b} 中的参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="208"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="208"/>
        <source>{b} broadcast</source>
        <translation>{b} 广播</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="209"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="216"/>
        <source>layer 0 is the input X, layer L the output</source>
        <translation>第 0 层是输入 X，第 L 层是输出</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="218"/>
        <source>units in the layer</source>
        <translation>该层的单元数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="220"/>
        <source>activation function</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="222"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="224"/>
        <source>biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="226"/>
        <source>b is copied across the m columns to be added to {WA}</source>
        <translation>b 被复制到全部 m 列，再与 {WA} 相加</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="228"/>
        <source>linear outputs: {eq}</source>
        <translation>线性输出：{eq}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="230"/>
        <source>activations: {eq}</source>
        <translation>激活值：{eq}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="233"/>
        <source>gradient of the cost with respect to {x}</source>
        <translation>代价函数对 {x} 的梯度</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="99"/>
        <source>Idea:</source>
        <translation>想法：</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="101"/>
        <source>What you expect the sweep to show, in your words: it is kept with the results and saved in the project. Idea, code, experiment: the course&apos;s cycle.</source>
        <translation>用你自己的话写下你预期这次扫描会显示什么：它会和结果一起保存在项目中。想法、代码、实验：课程中的循环。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="103"/>
        <source>Vary</source>
        <translation>改变</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="104"/>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="110"/>
        <source>nothing else</source>
        <translation>不改变其他</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="117"/>
        <source>A list such as 0.1, 0.03, 0.01; a log range such as 1e-4..1 ×5 (5 values); whole numbers 1..6</source>
        <translation>列表如 0.1, 0.03, 0.01；对数范围如 1e-4..1 ×5（5 个值）；整数 1..6</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="119"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="120"/>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="120"/>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="140"/>
        <source>Does a larger α train faster?</source>
        <translation>更大的 α 训练得更快吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="141"/>
        <source>Does a deeper network fit better?</source>
        <translation>更深的网络拟合得更好吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="142"/>
        <source>Do more units per layer fit better?</source>
        <translation>每层更多的单元拟合得更好吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="143"/>
        <source>Which activation g trains best?</source>
        <translation>哪种激活函数 g 训练得最好？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="144"/>
        <source>Which initialization trains best?</source>
        <translation>哪种初始化训练得最好？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="145"/>
        <source>Do smaller mini-batches train faster?</source>
        <translation>更小的小批量训练得更快吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="146"/>
        <source>Does a larger λ close the gap between train and dev?</source>
        <translation>更大的 λ 能缩小训练集与开发集之间的差距吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="152"/>
        <source>{question} Does {other} change the answer?</source>
        <translation>{question}{other}会改变答案吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="169"/>
        <source>Idea: {idea}</source>
        <translation>想法：{idea}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="200"/>
        <source>Choose two different hyperparameters, or nothing for the second.</source>
        <translation>请选择两个不同的超参数，或者第二个选“不改变其他”。</translation>
    </message>
</context>
<context>
    <name>TensorCell</name>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="57"/>
        <source>= the picture {shape}</source>
        <translation>= {shape} 图片</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="49"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="50"/>
        <source>Pause training; Train resumes it (Space)</source>
        <translation>暂停训练；按“训练”继续（空格键）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="51"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="52"/>
        <source>Run exactly one iteration: forward, cost, backward, update (S)</source>
        <translation>只运行一次迭代：前向、代价、反向、更新（S 键）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="53"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="55"/>
        <source>Draw the initial parameters again with the same seed, so runs can be compared; the curve of this run stays on the plot</source>
        <translation>用相同的种子重新抽取初始参数，便于比较各次运行；这次运行的曲线会留在图上</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="64"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="64"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="66"/>
        <source>Train from the current parameters for the chosen number of iterations (Space)</source>
        <translation>从当前参数开始，训练所选的迭代次数（空格键）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="75"/>
        <source>Not trained yet: the parameters are the initial draw.</source>
        <translation>尚未训练：参数还是初始抽取的值。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="77"/>
        <source>{n} iterations so far in this run</source>
        <translation>本次运行已迭代 {n} 次</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/footer.py" line="244"/>
        <source>Layer {l}, unit {j}</source>
        <translation>第 {l} 层，单元 {j}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/footer.py" line="245"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/footer.py" line="251"/>
        <source>Its weights {W} as a {shape} image</source>
        <translation>它的权重 {W}，显示为 {shape} 的图像</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/footer.py" line="253"/>
        <source>Its weights {W}, k = 0 … {last}</source>
        <translation>它的权重 {W}，k = 0 … {last}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/footer.py" line="255"/>
        <source>(the first {shown} of {n})</source>
        <translation>（{n} 个中的前 {shown} 个）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/footer.py" line="257"/>
        <source>The {k} training examples that excite it most</source>
        <translation>最能激活它的 {k} 个训练样本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view/footer.py" line="263"/>
        <source>b[{l}]_{j} = {b}</source>
        <translation>b[{l}]_{j} = {b}</translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="199"/>
        <source>Layer {l} weights</source>
        <translation>第 {l} 层权重</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="259"/>
        <source>Which layer to look at</source>
        <translation>选择要查看的层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="260"/>
        <source>Each tile on its own scale</source>
        <translation>每个图块各用自己的色标</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="262"/>
        <source>Ticked: each unit&apos;s strongest weight is full red or blue, so every unit&apos;s pattern shows. Unticked: one scale for all, to compare how large the units&apos; weights are.</source>
        <translation>勾选：每个单元绝对值最大的权重显示为最深的红色或蓝色，每个单元的图案都清晰可见。不勾选：所有图块共用一个色标，便于比较各单元权重的大小。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="298"/>
        <source>Drawn: the first {k} of the {n} units.</source>
        <translation>图中只画出 {n} 个单元中的前 {k} 个。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="300"/>
        <source>Drawn: the first {k} of the {n} columns.</source>
        <translation>图中只画出 {n} 列中的前 {k} 列。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="280"/>
        <source>pixel value</source>
        <translation>像素值</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="281"/>
        <source>negative ← {W} → positive</source>
        <translation>负 ← {W} → 正</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="311"/>
        <source>{W}: one tile per hidden unit i (its number above it), reshaped to {shape} and averaged over its {c} colour channels. Red: positive weight, blue: negative, white: 0.</source>
        <translation>{W}：每个隐藏单元 i 一个图块（编号在图块上方），重塑为 {shape}，并对 {c} 个颜色通道取平均。红色：正权重，蓝色：负权重，白色：0。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="316"/>
        <source>{W}: one tile per hidden unit i (its number above it), reshaped to {shape}. Red: positive weight, blue: negative, white: 0.</source>
        <translation>{W}：每个隐藏单元 i 一个图块（编号在图块上方），重塑为 {shape}。红色：正权重，蓝色：负权重，白色：0。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="320"/>
        <source>Each tile on its own scale: its strongest weight is full colour.</source>
        <translation>每个图块各用自己的色标：其绝对值最大的权重显示为最深的颜色。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="270"/>
        <source>unit i of layer {l}</source>
        <translation>第 {l} 层的单元 i</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="198"/>
        <source>Layer {l}: examples that excite each unit</source>
        <translation>第 {l} 层：最能激发每个单元的样本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="272"/>
        <source>input j</source>
        <translation>输入 j</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="272"/>
        <source>unit j of layer {l}</source>
        <translation>第 {l} 层的单元 j</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="274"/>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="324"/>
        <source>Layer {l}: for each unit i (one row), the {k} images with the largest activation {a}, largest first.</source>
        <translation>第 {l} 层：每个单元 i 占一行，显示使激活值 {a} 最大的 {k} 张图像，从大到小排列。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="327"/>
        <source>{W} {shape}: row i holds the weights of unit i, column j the weight on {a_j}.</source>
        <translation>{W} {shape}：第 i 行是单元 i 的权重，第 j 列是作用于 {a_j} 的权重。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="338"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="339"/>
        <source>layer {l} {share}</source>
        <translation>第 {l} 层 {share}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="341"/>
        <source>Share of a unit&apos;s top examples in its most common class: {per_layer} (random examples: {chance}).</source>
        <translation>单元的最强样本中属于其最常见类别的比例：{per_layer}（随机样本：{chance}）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="343"/>
        <source>They show what excites a unit, not which pixels it uses: only layer 1&apos;s weights show those.</source>
        <translation>这些样本显示什么能激发一个单元，而不显示它用到哪些像素：只有第 1 层的权重能显示这一点。</translation>
    </message>
</context>
<context>
    <name>WhyDeep</name>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="114"/>
        <source>&lt;p&gt;The tent map t(x) = 2·relu(x) − 4·relu(x − ½) folds [0, 1] onto itself; composed k times it is a sawtooth of 2&lt;sup&gt;k&lt;/sup&gt; straight pieces. A deep network computes it exactly with k hidden layers of only 2 ReLU units each: every layer folds once more and doubles the pieces.&lt;/p&gt;&lt;p&gt;A network with one hidden layer of w ReLU units is a sum of w bent lines, so it has at most w + 1 pieces, whatever its weights: it needs at least 2&lt;sup&gt;k&lt;/sup&gt; − 1 units (this one has 2&lt;sup&gt;k&lt;/sup&gt;). With the deep network&apos;s parameter count (2k units) it has at most 2k + 1 pieces. Unlike parity, where a tanh unit can count bits, this is a proven bound for networks (Telgarsky, 2016), and the pieces here are counted exactly, not sampled. Start trains both shapes (Adam) to see what gradient descent finds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;帐篷映射 t(x) = 2·relu(x) − 4·relu(x − ½) 把 [0, 1] 折叠到自身上；复合 k 次后，它是由 2&lt;sup&gt;k&lt;/sup&gt; 段直线组成的锯齿波。深层网络用 k 个隐藏层、每层只有 2 个 ReLU 单元就能精确地计算它：每多一层就多折一次，线性段数翻倍。&lt;/p&gt;&lt;p&gt;只有一个隐藏层、含 w 个 ReLU 单元的网络是 w 条折线之和，所以无论权重如何，它最多只有 w + 1 段：它至少需要 2&lt;sup&gt;k&lt;/sup&gt; − 1 个单元（这里的构造用了 2&lt;sup&gt;k&lt;/sup&gt; 个）。如果参数个数与深层网络相同（2k 个单元），它最多只有 2k + 1 段。与奇偶性不同（tanh 单元能数比特），这是对神经网络已证明的界限（Telgarsky，2016），而且这里的线性段是精确数出来的，不是采样估计的。点“开始”会用 Adam 训练这两种形状，看梯度下降能找到什么。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="123"/>
        <source>Folds k</source>
        <translation>折叠次数 k</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="123"/>
        <source>Iterations per try</source>
        <translation>每次尝试的迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="123"/>
        <source>Tries (seeds)</source>
        <translation>尝试次数（种子）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="126"/>
        <source>Build this network</source>
        <translation>构建这个网络</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="128"/>
        <source>Make the deep construction for this k the session&apos;s network, on the sawtooth dataset</source>
        <translation>把这个 k 的深层构造设为当前网络，并使用锯齿波数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="129"/>
        <source>the sawtooth and the networks</source>
        <translation>锯齿波与各个网络</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="129"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="130"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="132"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="132"/>
        <source>pieces 2ᵏ</source>
        <translation>段数 2ᵏ</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="132"/>
        <source>deep units</source>
        <translation>深层网络单元数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="132"/>
        <source>deep parameters</source>
        <translation>深层网络参数数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="133"/>
        <source>one layer: units needed</source>
        <translation>单隐藏层：所需单元数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="133"/>
        <source>one layer: parameters</source>
        <translation>单隐藏层：参数数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="134"/>
        <source>same parameters: units</source>
        <translation>同等参数：单元数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="134"/>
        <source>same parameters: most pieces</source>
        <translation>同等参数：最多段数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="135"/>
        <source>same parameters: trained error</source>
        <translation>同等参数：训练后误差</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="135"/>
        <source>deep from random start: error</source>
        <translation>深层随机起点：误差</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="136"/>
        <source>time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="146"/>
        <source>{runs} fits on {children} process(es): about {time}</source>
        <translation>{runs} 次拟合，使用 {children} 个进程：约需 {time}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="150"/>
        <source>Does a shallow network with the deep one&apos;s parameters fit the sawtooth?</source>
        <translation>参数个数与深层网络相同的浅层网络能拟合锯齿波吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="159"/>
        <source>Build the deep sawtooth network (k = {k})</source>
        <translation>构建深层锯齿波网络（k = {k}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="191"/>
        <source>Pieces counted: the sawtooth {pieces}; the deep network ({units} units, {parameters} parameters) {pieces}; one hidden layer with {w} units at most {most}.</source>
        <translation>数出的段数：锯齿波 {pieces} 段；深层网络（{units} 个单元，{parameters} 个参数）{pieces} 段；含 {w} 个单元的单隐藏层网络最多 {most} 段。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="195"/>
        <source>target: t composed {k} times</source>
        <translation>目标：t 复合 {k} 次</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="196"/>
        <source>deep construction: {k} layers of 2 units</source>
        <translation>深层构造：{k} 层，每层 2 个单元</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="199"/>
        <source>trained, one hidden layer of {w} units</source>
        <translation>训练得到：单隐藏层，{w} 个单元</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="200"/>
        <source>trained, deep from a random start</source>
        <translation>训练得到：深层网络，随机起点</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="213"/>
        <source>Trained with {w} units: error {error:.4f}, {pieces} pieces.</source>
        <translation>用 {w} 个单元训练：误差 {error:.4f}，{pieces} 段。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="218"/>
        <source>Trained deep from a random start: error {error:.4f}, {pieces} pieces: found it.</source>
        <translation>深层网络从随机起点训练：误差 {error:.4f}，{pieces} 段：找到了锯齿波。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="220"/>
        <source>Trained deep from a random start: error {error:.4f}, {pieces} pieces: gradient descent did not find the sawtooth, though the construction shows these weights exist. Deep and narrow is hard to train.</source>
        <translation>深层网络从随机起点训练：误差 {error:.4f}，{pieces} 段：梯度下降没有找到锯齿波，尽管上面的构造表明这样的权重是存在的。又深又窄的网络很难训练。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/why_deep.py" line="240"/>
        <source>{error:.4f} ({pieces} pieces)</source>
        <translation>{error:.4f}（{pieces} 段）</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../visualnet/app/figures.py" line="29"/>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="28"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="95"/>
        <source>Choose a file name ending in .png or .svg, not {name}</source>
        <translation>请选择以 .png 或 .svg 结尾的文件名，而不是 {name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="103"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="104"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="105"/>
        <source>Export figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="114"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
</TS>
